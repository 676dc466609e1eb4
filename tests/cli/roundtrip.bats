#!/usr/bin/env bats
#
# roundtrip.bats: what -o writes, -p reads back.  For each calendar with
# month names, each language calconv has names in for it, and each of a
# set of formats, a few hundred Gregorian dates spread over the years
# -500..3000 are converted to the calendar with -L LANG -o FORMAT, then
# read back with -f CAL -p FORMAT -t gregorian (no -L: names are read in
# every language) and compared with the input.  Each test fails with the
# first mismatch of every language and format that has one.
#
# The round trip needs no oracle: the input is the expected output.
#
# Under CLI_STRIDE=N (make check's sanitizer and NDEBUG runs) each
# calendar takes every Nth pair of language and format, from an offset
# of its own, so that the pairs left out for one calendar are taken for
# others; the release run and make check-full take every pair.

bats_require_minimum_version 1.5.0

# Every language of -L in the man page; those whose names for a calendar
# are the English ones (calconv has no names in them for it) are left
# out for that calendar.
LANGS=(en fa ar he am hi zh ja ko fr de es it pt ru tr th ur zh-Hant native)

# The formats, each with names, numerals or eras in it.
FORMATS=('%d %B %Y' '%A %e %b %Y' '%Od %B %OY' '%EY %m %d'
    '%a %-d %h %Ey %E' '%^A, %-Od %^B %OY' '%OY/%Om/%Od' '%Y %j')

setup_file() {
	local dates=$BATS_FILE_TMPDIR/dates lo hi i
	: "${CALCONV:=$(cd -- "$BATS_TEST_DIRNAME/../.." && pwd)/calconv}"
	export CALCONV LC_ALL=C.UTF-8 TZ=UTC
	# 300 days spread over -0500-01-01..3000-12-31, each step nudged by a
	# different amount so that months and weekdays vary, as JDNs ...
	lo=$("$CALCONV" -t jdn -- -0500-01-01) || return 1
	hi=$("$CALCONV" -t jdn 3000-12-31) || return 1
	for ((i = 0; i < 300; i++)); do
		echo $((lo + (hi - lo) / 300 * i + i * 7919 % 211))
	done | "$CALCONV" -f jdn -t gregorian >"$dates" || return 1
	# ... and the edges: era and epoch changes (1 BCE/1 CE; AP 1 and
	# AH 1 start in 622), year ends and leap days, Nowruz, Ramadan, and
	# a leap Esfand (AP 1403 has 30 days in Esfand).
	printf '%s\n' -0001-12-31 0000-01-01 0000-12-31 0001-01-01 \
	    0622-03-18 0622-03-19 0622-03-20 0622-03-21 0622-03-22 0622-03-23 \
	    0622-07-14 0622-07-15 0622-07-16 0622-07-17 0622-07-18 0622-07-19 \
	    0622-07-20 0999-12-31 1000-01-01 1582-10-04 1582-10-15 \
	    1900-02-28 1900-03-01 2000-02-29 2024-02-29 2024-03-11 2024-03-19 \
	    2024-03-20 2024-04-09 2024-04-10 2024-12-31 2025-03-19 2025-03-20 \
	    2025-03-21 2999-12-31 3000-01-01 >>"$dates"
	export DATES=$dates
}

setup() {
	load helpers
	calconv_setup
}

# roundtrip CAL: run the round trip for CAL outside bats (its debug trap
# makes shell loops slow).  Writes to fd 3 the languages tried and those
# left out, and to stdout the first mismatch of each language and
# format, as "CAL -L LANG FORMAT: INPUT -> 'TEXT' -> 'BACK' (MESSAGE)".
roundtrip() {
	bash -c '
	cal=$1 dates=$2 stride=$3 off=$4
	shift 4
	langs=() formats=()
	while [[ $1 != -- ]]; do langs+=("$1"); shift; done
	shift
	formats=("$@")
	# Only the dates in the calendar'"'"'s range (japanese: from 1873).
	"$CALCONV" -q -e empty -t "$cal" -F "$dates" | paste "$dates" - |
	    awk -F "\t" '"'"'$2 != "" { print $1 }'"'"' >"$dates.$cal.in"
	dates=$dates.$cal.in
	probe() { "$CALCONV" -t "$cal" -L "$1" -o "%B|%b|%A|%a|%E" -F "$dates" 2>&1; }
	english=$(probe en)
	tried=() left=()
	k=0
	for lang in "${langs[@]}"; do
		if [[ $lang != en && $(probe "$lang") == "$english" ]]; then
			left+=("$lang")
			continue
		fi
		tried+=("$lang")
		for fmt in "${formats[@]}"; do
			(( (k++ + off) % stride == 0 )) || continue
			# Without eras %E writes nothing, which leaves a
			# trailing blank that a record cannot keep.
			[[ $fmt == *" %E" && -z $("$CALCONV" -t "$cal" -o "%E" 2024-03-20) ]] &&
			    continue
			if ! "$CALCONV" -t "$cal" -L "$lang" -o "$fmt" -F "$dates" \
			    >"$dates.$cal.out" 2>"$dates.$cal.err"; then
				echo "$cal -L $lang -o '"'"'$fmt'"'"': exit $? writing: $(head -n 1 "$dates.$cal.err")"
				continue
			fi
			"$CALCONV" -f "$cal" -p "$fmt" -t gregorian -F "$dates.$cal.out" \
			    >"$dates.$cal.back" 2>"$dates.$cal.err"
			paste "$dates" "$dates.$cal.out" "$dates.$cal.back" |
			    awk -F "\t" -v p="$cal -L $lang -p '"'"'$fmt'"'"'" \
			    -v errf="$dates.$cal.err" '"'"'
				BEGIN { while ((getline l < errf) > 0)
				    if (match(l, /\.out:[0-9]+: /)) {
					k = substr(l, RSTART + 5, RLENGTH - 7)
					if (!(k in why)) why[k] = substr(l, RSTART + RLENGTH)
				    } }
				$1 != $3 { if (!n++) { first = $0; at = NR } }
				END { if (n) { split(first, f, "\t")
				    printf "%s: %s -> '\''%s'\'' -> '\''%s'\'' (%d of %d wrong; %s)\n",
					p, f[1], f[2], f[3], n, NR,
					at in why ? why[at] : "no message" } }'"'"'
		done
	done
	echo "# $cal: tried ${tried[*]}; no names of their own: ${left[*]:-none}" >&3
	' roundtrip "$1" "$DATES" "$(sweep_stride)" \
	    "$(printf %s "$1" | cksum | cut -d " " -f 1)" \
	    "${LANGS[@]}" -- "${FORMATS[@]}"
}

# check CAL: the round trip of CAL gives back every date.
check() {
	local bad
	bad=$(roundtrip "$1")
	if [[ -n $bad ]]; then
		printf '%s\n' "$bad" | batslib_decorate "round trip mismatches in $1" |
		    fail
	fi
}

@test "the dates to convert span -500..3000" {
	run -0 wc -l <"$DATES"
	assert_output 336
	run -0 sed -n '1p;300p' "$DATES"
	assert_output --regexp '^-0500-01-[0-9]{2}'$'\n''29[89][0-9]-[0-9]{2}-[0-9]{2}$'
}

@test "gregorian dates written with names read back, in every language" {
	check gregorian
}

@test "julian dates written with names read back, in every language" {
	check julian
}

@test "milankovic dates written with names read back, in every language" {
	check milankovic
}

@test "persian dates written with names read back, in every language" {
	check persian
}

@test "persian-2820 dates written with names read back, in every language" {
	check persian-2820
}

@test "islamic-civil dates written with names read back, in every language" {
	check islamic-civil
}

@test "islamic-tbla dates written with names read back, in every language" {
	check islamic-tbla
}

@test "every other calendar whose %B is a name round-trips too" {
	local id others=() known=' gregorian julian milankovic persian persian-2820 islamic-civil islamic-tbla '
	while IFS=$'\t' read -r id _; do
		[[ $known == *" $id "* ]] && continue
		# A calendar without names writes %B as a number.
		[[ $("$CALCONV" -t "$id" -o '%B' 2024-03-20) == *[![:digit:]]* ]] &&
		    others+=("$id")
	done < <("$CALCONV" --list)
	((${#others[@]})) || skip "no other calendar has month names"
	for id in "${others[@]}"; do
		check "$id"
	done
}
