#!/usr/bin/env bats
#
# convert.bats: converting dates given on the command line: -f/-t, CAL:DATE
# operands, comma lists, -t all, negative years, --, today/yesterday/
# tomorrow, calendar names and aliases.
#
# Every expected date is derived without calconv: from a published table
# or example (cited), from GNU date run in the test, or from a hand
# computation explained in a comment (the oracles are in helpers.bash).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# Reingold & Dershowitz, Calendrical Calculations (3rd ed., 2008), appendix
# C, "Sample data", the rows for RD -214193, 25469, 601716, 727274 and
# 764652.  Their Julian years have no year 0: R&D's -587 is 587 BCE, the
# astronomical year -586 written here.  JD is the table's midnight JD plus
# 0.5 (the civil day's number); unix days are its Unix seconds / 86400.
RD_SAMPLES=(-214193 25469 601716 727274 764652)
RD_GREGORIAN=(-0586-07-24 0070-09-24 1648-06-10 1992-03-17 2094-07-18)
RD_JULIAN=(-0586-07-30 0070-09-26 1648-05-31 1992-03-04 2094-07-05)
RD_ISO=(-0586-W29-7 0070-W39-3 1648-W24-3 1992-W12-2 2094-W28-7)
RD_ISLAMIC=(-1245-12-09 -0568-04-01 1058-05-18 1412-09-13 1518-03-05)
RD_JDN=(1507232 1746894 2323141 2448699 2486077)
RD_MJD=(-892769 -653107 -76860 48698 86076)
RD_UNIX=(-933356 -693694 -117447 8111 45489)

@test "a Jalali date converts to the Gregorian date of the official calendar" {
	# Official Nowruz table (persian-nowruz-ut-1206-1498.tsv): 1403 -> 2024-03-20.
	run -0 --separate-stderr calconv -f jalali 1403-01-01
	assert_output '2024-03-20'
	refute_stderr
}

@test "a Gregorian date converts to the official Persian date" {
	# Official Nowruz table: 1437 -> 2058-03-21 (persian-2820 differs here).
	run -0 --separate-stderr calconv -t persian 2058-03-21
	assert_output '1437-01-01'
	refute_stderr
}

@test "every official Nowruz of AP 1206-1498 is 1 Farvardin in persian" {
	nowruz_rows | cut -f2 >"$BATS_TEST_TMPDIR/greg"
	nowruz_rows | awk -F '\t' '{ print $1 "-01-01" }' >"$BATS_TEST_TMPDIR/want"
	run -0 --separate-stderr calconv -t persian -F "$BATS_TEST_TMPDIR/greg"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
	[ "${#lines[@]}" -eq 293 ]
}

@test "1 Farvardin of every AP 1206-1498 converts to the official Nowruz" {
	nowruz_rows | awk -F '\t' '{ print $1 "-01-01" }' >"$BATS_TEST_TMPDIR/persian"
	nowruz_rows | cut -f2 >"$BATS_TEST_TMPDIR/want"
	run -0 --separate-stderr calconv -f persian -t gregorian \
	    -F "$BATS_TEST_TMPDIR/persian"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "the day before each official Nowruz is Esfand 30 after 366 days, else Esfand 29" {
	# The length of AP year Y is the number of days between the table's
	# Nowruz Y and Y + 1 (GNU date); its last day is 12-30 when that is
	# 366 and 12-29 when 365.
	nowruz_rows >"$BATS_TEST_TMPDIR/rows"
	cut -f2 "$BATS_TEST_TMPDIR/rows" | date -u -f - +%s >"$BATS_TEST_TMPDIR/secs"
	# Columns: the last day of year $1 as a Persian date, and the
	# Unix time of that day (Nowruz $1 + 1 minus a day).
	paste "$BATS_TEST_TMPDIR/rows" "$BATS_TEST_TMPDIR/secs" |
	    awk -F '\t' 'NR > 1 {
		days = ($3 - prev) / 86400
		if (days != 365 && days != 366) { print "gap of " days; exit 1 }
		printf "%s-12-%s\t@%.0f\n", year, days == 366 ? 30 : 29, $3 - 86400
	    } { year = $1; prev = $3 }' >"$BATS_TEST_TMPDIR/eves"
	cut -f1 "$BATS_TEST_TMPDIR/eves" >"$BATS_TEST_TMPDIR/want"
	cut -f2 "$BATS_TEST_TMPDIR/eves" | date -u -f - +%F >"$BATS_TEST_TMPDIR/greg"
	run -0 --separate-stderr calconv -t persian -F "$BATS_TEST_TMPDIR/greg"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "persian-2820 keeps Qt's 2820-year cycle, which puts Nowruz 1437 a day before the official one" {
	# Qt's QJalaliCalendar (qtbase, src/corelib/time/qjalalicalendar.cpp):
	# 1 Farvardin of year Y (475 <= Y < 3295) is JDN 2121446 +
	# floor((Y - 475) * 1029983 / 2820).  For 1437 that is JDN 2472808,
	# 2058-03-20; the official table says 2058-03-21.
	local y jdn
	nowruz_rows | cut -f1 >"$BATS_TEST_TMPDIR/years"
	while read -r y; do
		jdn=$((2121446 + (y - 475) * 1029983 / 2820))
		printf '@%d\n' $(((jdn - UNIX_JDN) * 86400))
	done <"$BATS_TEST_TMPDIR/years" | date -u -f - +%F >"$BATS_TEST_TMPDIR/want"
	sed 's/$/-01-01/' "$BATS_TEST_TMPDIR/years" >"$BATS_TEST_TMPDIR/in"
	run -0 --separate-stderr calconv -f persian-2820 -t gregorian \
	    -F "$BATS_TEST_TMPDIR/in"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr

	run -0 --separate-stderr calconv -t persian-2820,persian 2058-03-20
	assert_output "$(printf '1437-01-01\t1436-12-30')"
	refute_stderr
}

@test "Julian dates give the Julian Day Numbers of Meeus's examples" {
	# Meeus, Astronomical Algorithms (2nd ed.), ch. 7, its examples and test dates
	# (dates before 1582 are Julian there): 333 Jan 27.5 = JD 1842713.0,
	# 837 Apr 10.3 = 2026871.8, -123 Dec 31.0 = 1676496.5,
	# -1000 Jul 12.5 = 1356001.0, -1000 Feb 29.0 = 1355866.5,
	# -1001 Aug 17.9 = 1355671.4, -4712 Jan 1.5 = 0.0.  The civil day's
	# number is the JD at its noon.
	run -0 --separate-stderr calconv -f julian -t jdn 0333-01-27 0837-04-10 \
	    -0123-12-31 -1000-07-12 -1000-02-29 -1001-08-17 -4712-01-01
	assert_output "$(printf '%s\n' 1842713 2026872 1676497 1356001 1355867 \
	    1355671 0)"
	refute_stderr
}

@test "Gregorian dates give the Julian Day Numbers of Meeus's examples" {
	# Meeus, Astronomical Algorithms (2nd ed.), ch. 7 test dates: 2000 Jan 1.5 =
	# JD 2451545.0, 1999 Jan 1.0 = 2451179.5, 1987 Jan 27.0 = 2446822.5,
	# 1987 Jun 19.5 = 2446966.0, 1988 Jan 27.0 = 2447187.5,
	# 1988 Jun 19.5 = 2447332.0, 1900 Jan 1.0 = 2415020.5,
	# 1600 Jan 1.0 = 2305447.5, 1600 Dec 31.0 = 2305812.5.
	run -0 --separate-stderr calconv -t jdn 2000-01-01 1999-01-01 1987-01-27 \
	    1987-06-19 1988-01-27 1988-06-19 1900-01-01 1600-01-01 1600-12-31
	assert_output "$(printf '%s\n' 2451545 2451180 2446823 2446966 2447188 \
	    2447332 2415021 2305448 2305813)"
	refute_stderr
}

@test "JD 2451545 is 2000-01-01 in both directions" {
	# J2000.0 = JD 2451545.0 = 2000-01-01 12:00 TT (IAU; Meeus ch. 7).
	run -0 --separate-stderr calconv -f jdn -t gregorian 2451545
	assert_output '2000-01-01'
	refute_stderr
	run -0 --separate-stderr calconv -t jdn 2000-01-01
	assert_output '2451545'
	refute_stderr
}

@test "Julian dates agree with Meeus's formula from 4713 BCE to 4000 CE" {
	# Every 37th year; the last day of February and other days.
	oracle '
	for ((y = -4712; y <= 4000; y += 37)); do
		for m in 1 2 3 12; do
			d=$((m == 2 ? (y % 4 == 0 ? 29 : 28) : 1 + (y & 15)))
			ymd "$y" "$m" "$d" >&3
			julian_jdn "$y" "$m" "$d"
		done
	done >"$BATS_TEST_TMPDIR/want" 3>"$BATS_TEST_TMPDIR/in"'
	run -0 --separate-stderr calconv -f julian -t jdn -F "$BATS_TEST_TMPDIR/in"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "Gregorian dates agree with days_from_civil from 10000 BCE to 10000 CE" {
	oracle '
	for ((y = -10000; y <= 10000; y += 97)); do
		for m in 1 2 3 12; do
			d=$((m == 2 ? 28 : 31))
			ymd "$y" "$m" "$d" >&3
			greg_days "$y" "$m" "$d"
		done
	done >"$BATS_TEST_TMPDIR/want" 3>"$BATS_TEST_TMPDIR/in"'
	run -0 --separate-stderr calconv -t unix -F "$BATS_TEST_TMPDIR/in"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "Gregorian, ordinal and ISO week dates agree with GNU date from 1900 to 2100" {
	# Every 3rd day of 1900-01-01..2100-12-31 (unix days -25567..47846).
	seq -25567 3 47846 >"$BATS_TEST_TMPDIR/days"
	awk '{ printf "@%.0f\n", $1 * 86400 }' "$BATS_TEST_TMPDIR/days" |
	    date -u -f - '+%F%t%Y-%j%t%G-W%V-%u' >"$BATS_TEST_TMPDIR/want"
	run -0 --separate-stderr calconv -f unix -t gregorian,ordinal,iso-week \
	    -F "$BATS_TEST_TMPDIR/days"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "day counts are the unix day plus each count's offset" {
	# JDN = unix + 2440588, MJD = unix + 40587, RD = unix + 719163 (see
	# helpers.bash); unix days from GNU date.
	local d u
	for d in 1858-11-17 1970-01-01 2000-01-01 2024-03-20 0001-01-01; do
		u=$(($(date -u -d "$d" +%s) / 86400))
		printf '%s\t%s\t%s\t%s\n' $((u + UNIX_JDN)) $((u + UNIX_MJD)) \
		    $((u + UNIX_RD)) "$u"
	done >"$BATS_TEST_TMPDIR/want"
	run -0 --separate-stderr calconv -t jdn,mjd,rd,unix 1858-11-17 1970-01-01 \
	    2000-01-01 2024-03-20 0001-01-01
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "Reingold and Dershowitz's sample dates convert from RD to each calendar" {
	local i
	for i in "${!RD_SAMPLES[@]}"; do
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${RD_GREGORIAN[i]}" \
		    "${RD_JULIAN[i]}" "${RD_ISO[i]}" "${RD_ISLAMIC[i]}" \
		    "${RD_JDN[i]}" "${RD_MJD[i]}" "${RD_UNIX[i]}"
	done >"$BATS_TEST_TMPDIR/want"
	run -0 --separate-stderr calconv -f rd \
	    -t gregorian,julian,iso-week,islamic-civil,jdn,mjd,unix \
	    "${RD_SAMPLES[@]}"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "Reingold and Dershowitz's sample dates convert back to RD from each calendar" {
	local cal dates
	printf '%s\n' "${RD_SAMPLES[@]}" >"$BATS_TEST_TMPDIR/want"
	for cal in gregorian julian iso-week islamic-civil; do
		case $cal in
		gregorian) dates='RD_GREGORIAN[@]' ;;
		julian) dates='RD_JULIAN[@]' ;;
		iso-week) dates='RD_ISO[@]' ;;
		islamic-civil) dates='RD_ISLAMIC[@]' ;;
		esac
		run -0 --separate-stderr calconv -f "$cal" -t rd "${!dates}"
		assert_output_file "$BATS_TEST_TMPDIR/want"
		refute_stderr
	done
}

@test "islamic-tbla runs one day ahead of islamic-civil" {
	# The two differ only in the epoch: Thursday 15 July 622 (Julian) for
	# islamic-tbla, Friday 16 July for islamic-civil (R&D 4th ed. ch. 7; ICU), so
	# the tbla date of RD n is the civil date of RD n + 1: R&D's sample
	# rows, one day earlier.
	run -0 --separate-stderr calconv -f rd -t islamic-tbla -- -214194 25468 \
	    601715 727273 764651
	assert_output "$(printf '%s\n' "${RD_ISLAMIC[@]}")"
	refute_stderr
	run -0 --separate-stderr calconv -f islamic-civil -t julian 0001-01-01
	assert_output '0622-07-16'
	refute_stderr
	run -0 --separate-stderr calconv -f islamic-tbla -t julian 0001-01-01
	assert_output '0622-07-15'
	refute_stderr
}

@test "tabular Islamic dates agree with R&D's fixed-from-islamic over many years" {
	# Odd months have 30 days, even ones 29 (12 has 30 in leap years).
	oracle '
	for ((y = -1500; y <= 3000; y += 29)); do
		for m in 1 6 12; do
			d=$((m % 2 ? 30 : 29))
			ymd "$y" "$m" "$d" >&3
			islamic_rd 227015 "$y" "$m" "$d"
		done
	done >"$BATS_TEST_TMPDIR/want" 3>"$BATS_TEST_TMPDIR/in"'
	run -0 --separate-stderr calconv -f islamic-civil -t rd \
	    -F "$BATS_TEST_TMPDIR/in"
	assert_output_file "$BATS_TEST_TMPDIR/want"
	refute_stderr
}

@test "ISO 8601's examples of week dates convert both ways" {
	# ISO 8601: 2008-12-29 is 2009-W01-1 and 2005-01-01 is 2004-W53-6.
	run -0 --separate-stderr calconv -t iso-week 2008-12-29 2005-01-01
	assert_output "$(printf '2009-W01-1\n2004-W53-6')"
	refute_stderr
	run -0 --separate-stderr calconv -f iso-week -t gregorian 2009-W01-1 2004-W53-6
	assert_output "$(printf '2008-12-29\n2005-01-01')"
	refute_stderr
}

@test "the Revised Julian calendar agrees with the Gregorian from 1600-03-01 to 2800-02-28" {
	# Revised Julian leap rule: divisible by 4, and century years only
	# when the year mod 900 is 200 or 600.  1600 and 2800 are Gregorian
	# leap years but not Revised Julian ones (1600 mod 900 = 700,
	# 2800 mod 900 = 100), 2000 is both.  The calendars agree from
	# 1600-03-01 (Wikipedia, "Revised Julian calendar"), so the day
	# before, Gregorian 1600-02-29, is Revised Julian 1600-02-28; they
	# part again at Gregorian 2800-02-29, Revised Julian 2800-03-01.
	run -0 --separate-stderr calconv -t milankovic 1600-02-29 1600-03-01 \
	    2000-02-29 2800-02-28 2800-02-29 2800-03-01
	assert_output "$(printf '%s\n' 1600-02-28 1600-03-01 2000-02-29 \
	    2800-02-28 2800-03-01 2800-03-02)"
	refute_stderr
}

@test "long options --from and --to work like -f and -t" {
	# R&D sample: Julian 1992-03-04 = Gregorian 1992-03-17.
	run -0 --separate-stderr calconv --from=julian --to gregorian 1992-03-04
	assert_output '1992-03-17'
	refute_stderr
}

@test "with -f only, dates convert to Gregorian" {
	run -0 --separate-stderr calconv -f julian 1992-03-04
	assert_output '1992-03-17'
	refute_stderr
}

@test "without -f and -t, a Gregorian date converts to every calendar" {
	run -0 --separate-stderr calconv -t all 1992-03-17
	local all=$output
	run -0 --separate-stderr calconv 1992-03-17
	assert_output "$all"
	refute_stderr
}

@test "a CAL:DATE operand names its own source calendar" {
	# R&D sample (julian), J2000 (jdn), ISO 8601 example (iso-week),
	# official Nowruz table (persian); the last operand has no prefix.
	run -0 --separate-stderr calconv -t gregorian julian:1992-03-04 \
	    jdn:2451545 iso-week:2009-W01-1 persian:1403-01-01 1992-03-17
	assert_output "$(printf '%s\n' 1992-03-17 2000-01-01 2008-12-29 \
	    2024-03-20 1992-03-17)"
	refute_stderr
}

@test "a CAL:DATE operand overrides -f for that operand only" {
	run -0 --separate-stderr calconv -f julian -t gregorian 1992-03-04 \
	    gregorian:2024-03-20 1992-03-04
	assert_output "$(printf '1992-03-17\n2024-03-20\n1992-03-17')"
	refute_stderr
}

@test "an operand with nothing before its colon is a date" {
	# A long name before the colon is an unknown calendar
	# (exit-status.bats).  Messages quote at most 60 bytes of the input.
	local long
	long=$(printf 'a%.0s' $(seq 70))
	run -1 --separate-stderr calconv -t julian :2024-03-20 "$long"
	assert_output "$(printf '%s\n' :2024-03-20 "$long")"
	assert_stderr "$(printf '%s\n' \
	    "calconv: ':2024-03-20' is not a date in gregorian: expected YYYY-MM-DD" \
	    "calconv: '${long:0:60}...' is not a date in gregorian: expected YYYY-MM-DD")"
}

@test "the calendar of a CAL:DATE operand may be an alias in any case with a space" {
	run -0 --separate-stderr calconv -t gregorian 'Solar Hijri:1403-01-01' \
	    JALALI:1403-01-01
	assert_output "$(printf '2024-03-20\n2024-03-20')"
	refute_stderr
}

@test "-t with a comma-separated list prints each conversion in order, tab-separated" {
	# JDN: 2024-03-20 is unix day 19802 (GNU date) + 2440588.  Julian: 13
	# days behind from 1900-03-01 to 2100-02-28.  Persian: official table.
	local u
	u=$(($(date -u -d 2024-03-20 +%s) / 86400))
	run -0 --separate-stderr calconv -t jdn,julian,persian 2024-03-20
	assert_output "$(printf '%s\t2024-03-07\t1403-01-01' $((u + UNIX_JDN)))"
	refute_stderr
}

@test "-t all in a pipe prints one tab-separated column per calendar of --list, in its order" {
	local ids id i
	run -0 --separate-stderr calconv --list
	ids=$(printf '%s\n' "${lines[@]}" | cut -f1)
	run -0 --separate-stderr calconv -t all 2024-03-20
	refute_stderr
	[ "${#lines[@]}" -eq 1 ]
	IFS=$'\t' read -r -a cols <<<"$output"
	i=0
	for id in $ids; do
		[ "${cols[i]}" = "$(calconv -t "$id" 2024-03-20)" ] ||
		    fail "column $((i + 1)) is '${cols[i]}', not the $id date"
		((++i))
	done
	[ "${#cols[@]}" -eq "$i" ] || fail "${#cols[@]} columns for $i calendars"
}

@test "a negative year is a date, not an option, without --" {
	# Julian -0044-03-15 (45 BCE): Meeus's formula gives JDN 1705061.
	# The Gregorian date of that day: the Julian calendar ran 2 days
	# ahead then (Julian 0001-01-01 is Gregorian 0000-12-30), so
	# -0044-03-13; days_from_civil agrees.
	[ "$(julian_jdn -44 3 15)" -eq 1705061 ]
	[ $(($(greg_days -44 3 13) + UNIX_JDN)) -eq 1705061 ]
	run -0 --separate-stderr calconv -f julian -t jdn -0044-03-15
	assert_output '1705061'
	refute_stderr
	run -0 --separate-stderr calconv -f julian -0044-03-15
	assert_output -- '-0044-03-13'
	refute_stderr
	run -0 --separate-stderr calconv -0044-03-13 -t julian
	assert_output -- '-0044-03-15'
	refute_stderr
	run -0 --separate-stderr calconv -f unix -t rd -1 -719163
	assert_output "$(printf '%s\n' 719162 0)"
	refute_stderr
}

@test "a negative year after a cluster of flags is a date" {
	# -qS takes no value, so -0044-03-15 is no option's value: the
	# Julian date of the test above.
	run -0 --separate-stderr calconv -f julian -t gregorian -qS -0044-03-15
	assert_output -- '-0044-03-13'
	refute_stderr
}

@test "after --, an operand is a date even when it looks like an option" {
	run -0 --separate-stderr calconv -t julian -- -0044-03-13
	assert_output -- '-0044-03-15'
	refute_stderr
	run -1 --separate-stderr calconv -t julian -- -e
	assert_output -- '-e'
	assert_stderr "calconv: '-e' is not a date in gregorian: expected YYYY-MM-DD"
	run -1 --separate-stderr calconv -t julian -- --help
	assert_output -- '--help'
	assert_stderr "calconv: '--help' is not a date in gregorian: expected YYYY-MM-DD"
}

@test "-- with no operand after it still reads standard input" {
	printf '1992-03-17\n' >"$BATS_TEST_TMPDIR/in"
	run -0 --separate-stderr calconv -t julian -- <"$BATS_TEST_TMPDIR/in"
	assert_output '1992-03-04'
	refute_stderr
}

@test "options after operands still apply" {
	run -0 --separate-stderr calconv 1992-03-17 -t julian
	assert_output '1992-03-04'
	refute_stderr
}

@test "today is the current date, as date -u +%F says with TZ=UTC" {
	run_same_day -0 --separate-stderr calconv -t gregorian today
	assert_output "$(date -u +%F)"
	refute_stderr
}

@test "yesterday and tomorrow are the days around today" {
	run_same_day -0 --separate-stderr calconv -t gregorian yesterday tomorrow
	assert_output "$(date -u -d yesterday +%F; date -u -d tomorrow +%F)"
	refute_stderr
}

@test "today converts like any date" {
	run_same_day -0 --separate-stderr calconv -t jdn today
	assert_output "$(($(date -u +%s) / 86400 + UNIX_JDN))"
	refute_stderr
}

@test "relative dates ignore case and are dates in any source calendar and on standard input" {
	printf 'Yesterday\n' >"$BATS_TEST_TMPDIR/in"
	run_same_day -0 --separate-stderr calconv -f julian -t gregorian TODAY \
	    Tomorrow -F "$BATS_TEST_TMPDIR/in"
	assert_output "$(date -u +%F; date -u -d tomorrow +%F; date -u -d yesterday +%F)"
	refute_stderr
}

@test "today follows TZ as date(1) does" {
	local tz
	for tz in Pacific/Kiritimati Etc/GMT+12; do
		[[ -e /usr/share/zoneinfo/$tz ]] || skip "no zoneinfo for $tz"
		run_same_day "$tz" -0 --separate-stderr env TZ="$tz" "$CALCONV" \
		    -t gregorian today
		assert_output "$(TZ=$tz date +%F)"
		refute_stderr
	done
}

@test "calendar names ignore case and treat -, _ and space alike" {
	# The civil epoch: 1 Muharram AH 1 = Julian 622-07-16 (R&D 4th ed. ch. 7).
	local name
	for name in islamic-civil ISLAMIC_CIVIL 'Islamic Civil' islamic_Civil \
	    'ISLAMIC-civil'; do
		run -0 --separate-stderr calconv -f "$name" -t julian 0001-01-01
		assert_output '0622-07-16'
		refute_stderr
	done
	for name in persian-2820 'Persian 2820' PERSIAN_2820; do
		run -0 --separate-stderr calconv -t "$name" 2058-03-20
		assert_output '1437-01-01'
		refute_stderr
	done
}

@test "every alias names the same calendar as its id" {
	local alias id want
	while read -r alias id; do
		want=$(calconv -t "$id" 2024-03-20 0622-07-19 -0044-03-15)
		run -0 --separate-stderr calconv -t "$alias" 2024-03-20 0622-07-19 \
		    -0044-03-15
		assert_output "$want"
		refute_stderr
		run -0 --separate-stderr calconv -f "$alias" -t gregorian \
		    $(calconv -t "$id" 2024-03-20)
		assert_output '2024-03-20'
		refute_stderr
	done <<-'EOF'
		gregory gregorian
		iso gregorian
		revised-julian milankovic
		jalali persian
		solar-hijri persian
		shamsi persian
		jalali-qt persian-2820
		qt-jalali persian-2820
		islamicc islamic-civil
		islamic-arithmetic islamic-civil
		isoweek iso-week
		week iso-week
		iso-ordinal ordinal
		doy ordinal
		jd jdn
		julian-day jdn
		modified-julian-day mjd
		rata-die rd
		fixed rd
		epoch unix
		unix-days unix
	EOF
}

# Native digits: DESIGN.md (-p/--input-format: "native decimal digits
# (Arabic-Indic, Persian, Devanagari, ...) are accepted") and STYLE.md 7
# (only uc_decimal_value() digits count, all of one number from one block).

@test "with -p, dates in Persian, Arabic-Indic and Devanagari digits convert like ASCII ones" {
	# ۱۴۰۳-۰۱-۰۱ (EXTENDED ARABIC-INDIC) and १४०३-०१-०१ (DEVANAGARI) are
	# 1403-01-01: 2024-03-20 by the official Nowruz table.  ١٤٤٥-٠١-٠١
	# (ARABIC-INDIC) is 1445-01-01, RD 738720 by R&D's
	# fixed-from-islamic, which GNU date puts on 2023-07-19.
	[ "$(islamic_rd 227015 1445 1 1)" -eq 738720 ]
	[ $(($(date -u -d 2023-07-19 +%s) / 86400 + UNIX_RD)) -eq 738720 ]
	run -0 --separate-stderr calconv -f persian -p '%Y-%m-%d' ۱۴۰۳-۰۱-۰۱ \
	    १४०३-०१-०१ 1403-01-01
	assert_output "$(printf '2024-03-20\n2024-03-20\n2024-03-20')"
	refute_stderr
	run -0 --separate-stderr calconv -f islamic-civil -p '%Y-%m-%d' ١٤٤٥-٠١-٠١
	assert_output '2023-07-19'
	refute_stderr
}

@test "with -p, digits mixed from two blocks, and superscripts, are refused as not matching" {
	run -1 --separate-stderr calconv -f persian -p '%Y-%m-%d' ۱۴۰3-01-01 \
	    '1403-01-0²'
	assert_output "$(printf '۱۴۰3-01-01\n1403-01-0²')"
	[ "${#stderr_lines[@]}" -eq 2 ]
	assert_regex "${stderr_lines[0]}" \
	    "^calconv: '۱۴۰3-01-01' is not a date in persian: .*input format"
	assert_regex "${stderr_lines[1]}" \
	    "^calconv: '1403-01-0²' is not a date in persian: .*input format"
}
