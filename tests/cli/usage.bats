#!/usr/bin/env bats
#
# usage.bats: --help, -h, -?, --usage, --version and -l/--list.  Help and
# version go to standard output with status 0 (GNU coding standards;
# STYLE.md 5).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# The calendars the project ships (DESIGN.md; src/calendars.c).
IDS=(gregorian julian milankovic persian persian-2820 islamic-civil
    islamic-tbla iso-week ordinal jdn mjd rd unix)

LONG_OPTIONS=(--from --to --format --file --on-error --quiet
    --zero-terminated --list --version --help --usage)

@test "--help prints usage to standard output and exits 0" {
	run -0 --separate-stderr calconv --help
	assert_line --index 0 --regexp '^Usage: calconv '
	refute_stderr
}

@test "--help describes every long option" {
	local opt
	run -0 --separate-stderr calconv --help
	refute_stderr
	for opt in "${LONG_OPTIONS[@]}"; do
		assert_output --partial -- "$opt"
	done
}

@test "-h prints the same help as --help" {
	local help
	help=$(calconv --help)
	run -0 --separate-stderr calconv -h
	assert_output "$help"
	refute_stderr
}

@test "-? prints the same help as --help" {
	local help
	help=$(calconv --help)
	run -0 --separate-stderr calconv '-?'
	assert_output "$help"
	refute_stderr
}

@test "--help converts nothing even with dates given" {
	local help
	help=$(calconv --help)
	run -0 --separate-stderr calconv -t julian 1992-03-17 --help
	assert_output "$help"
	refute_stderr
}

@test "--usage prints a short usage to standard output and exits 0" {
	run -0 --separate-stderr calconv --usage
	assert_line --index 0 --regexp '^Usage: calconv '
	assert_output --partial '--usage'
	refute_stderr
}

@test "--version prints 'calconv 0.1.0' on its first line and exits 0" {
	run -0 --separate-stderr calconv --version
	assert_line --index 0 'calconv 0.1.0'
	refute_stderr
}

@test "-l lists every calendar id, each on one line" {
	local id ids
	run -0 --separate-stderr calconv -l
	refute_stderr
	ids=$(printf '%s\n' "${lines[@]}" | cut -f1)
	for id in "${IDS[@]}"; do
		[ "$(grep -cx -- "$id" <<<"$ids")" -eq 1 ] ||
		    fail "calendar '$id' is not listed once in: $ids"
	done
}

@test "--list prints the same as -l" {
	local list
	list=$(calconv -l)
	run -0 --separate-stderr calconv --list
	assert_output "$list"
	refute_stderr
}

@test "--list in a pipe has five tab-separated fields: id, aliases, kind, range, title" {
	local line
	run -0 --separate-stderr calconv --list
	refute_stderr
	for line in "${lines[@]}"; do
		# A range is two dates of the calendar's notation: Y-M-D,
		# Y-Www-D, Y-Sww-D, Y-DDD, a day count, an era's letter and
		# year, or a long count B.K.T.U.K; or for a cycle, its length.
		assert_regex "$line" \
		    $'^[a-z0-9-]+\t([a-z0-9,-]+|-)\t(solar|lunar|lunisolar|week|day count|cycle)\t([A-Z]?-?[0-9]+([-WSV0-9]*|(\\.[0-9]+){4})\\.\\.[A-Z]?-?[0-9]+([-WSV0-9]*|(\\.[0-9]+){4})|repeats every [0-9]+ days)\t[^\t]+$'
	done
}

@test "every id and alias --list shows is accepted by -t, and by -f unless it is a cycle" {
	local id aliases kind range title name
	run -0 --separate-stderr calconv --list
	refute_stderr
	printf '%s\n' "${lines[@]}" >"$BATS_TEST_TMPDIR/list"
	while IFS=$'\t' read -r id aliases kind range title; do
		[[ $aliases == - ]] && aliases=
		for name in "$id" ${aliases//,/ }; do
			run -0 --separate-stderr calconv -t "$name" 1992-03-17
			assert_output "$(calconv -t "$id" 1992-03-17)"
			refute_stderr
			if [[ $kind == cycle ]]; then
				run -2 --separate-stderr calconv -f "$name" -t rd "$output"
				assert_output ''
				assert_stderr --partial "calconv: $id repeats every"
				continue
			fi
			run -0 --separate-stderr calconv -f "$name" -t rd "$output"
			assert_output 727274
			refute_stderr
		done
	done <"$BATS_TEST_TMPDIR/list"
}

@test "the range --list shows for each calendar is Qt's JD range in that calendar" {
	# Qt's QDate accepts JD -784350574879..784354017364 (qtbase,
	# src/corelib/time/qdatetime.h, minJd() and maxJd()); calconv
	# promises every calendar covers exactly that range, but for those
	# the man page names as narrower: japanese from the Gregorian
	# reform of Meiji 6-01-01 = 1873-01-01, JD 2405160 (the JD of
	# 1970-01-01, 2440588, less the 35428 days from 1873 to 1970);
	# bahai from 1844-03-21, JD 2394647 (python3-convertdate's Baha'i
	# EPOCH, 2394646.5, at noon), to 2801-03-19, the eve of Naw-Ruz 958
	# (JD 2440588 + 303594 days from 1970 = 2744182);
	# persian-astronomical from R&D's persian epoch, Julian 622-03-19
	# (python3-convertdate's persian EPOCH 1948320.5, at noon: JD
	# 1948321), to 3622-03-20, the eve of Nowruz 3001 in `persian'
	# (2440588 + 603459 = 3044047); french-astronomical from 1792-09-22
	# (JD 2440588 - 64748 = 2375840) to 2801-09-21, the eve of year 1010
	# (2440588 + 303780 = 2744368); islamic-observational from the
	# civil Islamic epoch, Julian 622-07-16 (JD 1948440, Qt's and ICU's
	# islamic-civil), to 2801-08-31 (2440588 + 303759 = 2744347), the
	# last day of AH 2246; islamic-umalqura from the KACST
	# table's 1 Muharram 1300 = 1882-11-12 (OpenJDK's iso-start), JD
	# 2408762 (2440588 less the 31826 days from 1882-11-12 to 1970), to
	# its last day 2174-11-25, JD 2515426 (2440588 + 74838); chinese,
	# dangi and vietnamese the years beginning in 1600..2600 as the man
	# page gives them, 1600-02-15 (JD 2440588 - 135095 days to 1970 =
	# 2305493) to 2601-01-25 (JD 2440588 + 230492 days from 1970 =
	# 2671080); hindu-solar and hindu-lunar from the Kali Yuga's start,
	# Julian -3101-02-18, JD 588466 (its midnight is JD 588465.5), to as
	# many days after RD 0 (JD 1721425) as that is before, 1721425 +
	# 1132959 = 2854384; astro-hindu-solar and astro-hindu-lunar
	# 1900-01-01 (JD 2440588 - 25567 days to 1970 = 2415021) to
	# 2100-12-31 (JD 2440588 + 47846 days from 1970 = 2488434).
	local id aliases kind range title want
	run -0 --separate-stderr calconv --list
	refute_stderr
	printf '%s\n' "${lines[@]}" >"$BATS_TEST_TMPDIR/list"
	while IFS=$'\t' read -r id aliases kind range title; do
		# A cycle has no range to write: its notation is not read.
		[[ $kind == cycle ]] && continue
		case $id in
		japanese) want=$(printf '%s\n%s' 2405160 "$QT_MAX_JD") ;;
		bahai) want=$(printf '%s\n%s' 2394647 2744182) ;;
		persian-astronomical) want=$(printf '%s\n%s' 1948321 3044047) ;;
		french-astronomical) want=$(printf '%s\n%s' 2375840 2744368) ;;
		islamic-observational) want=$(printf '%s\n%s' 1948440 2744347) ;;
		islamic-umalqura) want=$(printf '%s\n%s' 2408762 2515426) ;;
		chinese | dangi | vietnamese)
			want=$(printf '%s\n%s' 2305493 2671080) ;;
		hindu-solar | hindu-lunar)
			want=$(printf '%s\n%s' 588466 2854384) ;;
		astro-hindu-solar | astro-hindu-lunar)
			want=$(printf '%s\n%s' 2415021 2488434) ;;
		*) want=$(printf '%s\n%s' "$QT_MIN_JD" "$QT_MAX_JD") ;;
		esac
		run -0 --separate-stderr calconv -f "$id" -t jdn -- "${range%%..*}" \
		    "${range##*..}"
		assert_output "$want"
		refute_stderr
	done <"$BATS_TEST_TMPDIR/list"
}
