#!/usr/bin/env bats
#
# errors.bats: the text of the messages about bad dates.  They have the
# GNU form "calconv: [FILE:LINE: ]'INPUT' is not a date in CAL: WHY" (or
# "is out of range in CAL"), quote the input, name the calendar and say
# what was expected (DESIGN.md, "The boundary"; STYLE.md 5).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "a day past the end of February in a leap year says so, with the line" {
	printf '2024-02-30\n2024-03-01\n' >"$T/in"
	run -1 --separate-stderr calconv -t julian <"$T/in"
	assert_output "$(printf '2024-02-30\n2024-02-17')"
	assert_stderr "calconv: -:1: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)"
}

@test "a day past the end of February in a common year says so" {
	run -1 --separate-stderr calconv -t julian 2023-02-29
	assert_output '2023-02-29'
	assert_stderr "calconv: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
}

@test "a month length that no leap year changes gets no leap note" {
	run -1 --separate-stderr calconv -t julian 2024-04-31 2024-01-00
	assert_output "$(printf '2024-04-31\n2024-01-00')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-04-31' is not a date in gregorian: day 31 out of range 1..30" \
	    "calconv: '2024-01-00' is not a date in gregorian: day 0 out of range 1..31")"
}

@test "a month out of range is reported with the range" {
	run -1 --separate-stderr calconv -t julian 2024-13-01 2024-00-10
	assert_output "$(printf '2024-13-01\n2024-00-10')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-13-01' is not a date in gregorian: month 13 out of range 1..12" \
	    "calconv: '2024-00-10' is not a date in gregorian: month 0 out of range 1..12")"
}

@test "Esfand 30 of a common Persian year is refused, and of a leap year accepted" {
	# Official Nowruz table: 1402 -> 2023-03-21, 1403 -> 2024-03-20,
	# 1404 -> 2025-03-21; so 1402 has 365 days (Esfand 29) and 1403 has
	# 366 (Esfand 30, the day before 2025-03-21).  DESIGN.md's example.
	run -1 --separate-stderr calconv -f persian 1402-12-30 1403-12-30
	assert_output "$(printf '1402-12-30\n2025-03-20')"
	assert_stderr "calconv: '1402-12-30' is not a date in persian: day 30 out of range 1..29 (1402 is not a leap year)"
}

@test "a Revised Julian 2800-02-29 is refused: 2800 is not leap there" {
	# 2800 mod 900 = 100, not 200 or 600.
	run -1 --separate-stderr calconv -f milankovic 2800-02-29
	assert_output '2800-02-29'
	assert_stderr "calconv: '2800-02-29' is not a date in milankovic: day 29 out of range 1..28 (2800 is not a leap year)"
}

@test "the message names the calendar of a CAL:DATE operand" {
	# Julian 2100 is leap (divisible by 4), 2101 is not.
	run -1 --separate-stderr calconv -t gregorian julian:2101-02-29 julian:2100-02-29
	# Julian 2100-02-29 is Gregorian 2100-03-14: 13 days behind until
	# Gregorian 2100-02-28, 14 from Gregorian 2100-03-01 (the Gregorian
	# calendar skips 2100-02-29, the Julian one does not).
	assert_output "$(printf '2101-02-29\n2100-03-14')"
	assert_stderr "calconv: '2101-02-29' is not a date in julian: day 29 out of range 1..28 (2101 is not a leap year)"
}

@test "a year with too many digits is out of range, naming the range" {
	run -1 --separate-stderr calconv -t julian 12345678901234567-01-01
	assert_output '12345678901234567-01-01'
	assert_stderr "calconv: '12345678901234567-01-01' is out of range in gregorian: year out of range -2147483647..2147483647"
}

@test "a Gregorian year out of range names Qt's range -2147483647..2147483647" {
	# Qt's QDate range, JD -784350574879..784354017364 (qdatetime.h),
	# is Gregorian -2147483647-01-01..2147483647-12-31 by days_from_civil.
	[ $(($(greg_days -2147483647 1 1) + UNIX_JDN)) -eq "$QT_MIN_JD" ]
	[ $(($(greg_days 2147483647 12 31) + UNIX_JDN)) -eq "$QT_MAX_JD" ]
	run -1 --separate-stderr calconv -t julian 2147483648-01-01 -2147483648-12-31
	assert_output "$(printf '2147483648-01-01\n-2147483648-12-31')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2147483648-01-01' is out of range in gregorian: year 2147483648 out of range -2147483647..2147483647" \
	    "calconv: '-2147483648-12-31' is out of range in gregorian: year -2147483648 out of range -2147483647..2147483647")"
}

@test "the leap note holds in the first and last years of the range" {
	# Astronomical year -2147483647 is 1 mod 4 and 2147483647 is 3 mod 4:
	# neither is a leap year, and the years beyond the range are not
	# asked.
	run -1 --separate-stderr calconv -t julian 2147483647-02-30 -2147483647-02-30
	assert_output "$(printf '%s\n' 2147483647-02-30 -2147483647-02-30)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2147483647-02-30' is not a date in gregorian: day 30 out of range 1..28 (2147483647 is not a leap year)" \
	    "calconv: '-2147483647-02-30' is not a date in gregorian: day 30 out of range 1..28 (-2147483647 is not a leap year)")"
}

@test "a Julian year out of range names the Julian range" {
	# Qt's JD range in the Julian calendar, by Meeus's formula:
	# -2147439551-03-07..2147439551-10-31.
	[ "$(julian_jdn -2147439551 3 7)" -eq "$QT_MIN_JD" ]
	[ "$(julian_jdn 2147439551 10 31)" -eq "$QT_MAX_JD" ]
	run -1 --separate-stderr calconv -f julian 2147439552-01-01
	assert_output '2147439552-01-01'
	assert_stderr "calconv: '2147439552-01-01' is out of range in julian: year 2147439552 out of range -2147439551..2147439551"
}

@test "a day past the end of the range in its last year names the range by dates" {
	run -1 --separate-stderr calconv -f julian -t jdn 2147439551-10-31 2147439551-11-01
	assert_output "$(printf '%s\n2147439551-11-01' "$QT_MAX_JD")"
	assert_stderr "calconv: '2147439551-11-01' is out of range in julian: outside the supported range -2147439551-03-07..2147439551-10-31"
}

@test "an Islamic year out of range names the Islamic range" {
	# Qt's JD range by R&D's fixed-from-islamic (civil epoch):
	# -2213392503-12-24..2213391221-09-28.
	[ $(($(islamic_rd 227015 -2213392503 12 24) - UNIX_RD + UNIX_JDN)) -eq "$QT_MIN_JD" ]
	[ $(($(islamic_rd 227015 2213391221 9 28) - UNIX_RD + UNIX_JDN)) -eq "$QT_MAX_JD" ]
	run -1 --separate-stderr calconv -f islamic-civil 2213391222-01-01
	assert_output '2213391222-01-01'
	assert_stderr "calconv: '2213391222-01-01' is out of range in islamic-civil: year 2213391222 out of range -2213392503..2213391221"
}

@test "every calendar's year range in messages is the one --list shows" {
	local id aliases kind range title lo hi rest date
	run -0 --separate-stderr calconv --list
	refute_stderr
	printf '%s\n' "${lines[@]}" >"$T/list"
	while IFS=$'\t' read -r id aliases kind range title; do
		[[ $kind == "day count" || $kind == cycle ]] && continue
		# An era notation's year is no number (eras.bats tests it).
		[[ $range == [0-9-]* ]] || continue
		# The range is LO-DATE..HI-DATE; a year is what precedes the
		# first '-' after a digit.  The first day of the year after HI
		# is written in the shape of HI.
		lo=$(sed -E 's/^(-?[0-9]+)-.*/\1/' <<<"${range%%..*}")
		hi=$(sed -E 's/^(-?[0-9]+)-.*/\1/' <<<"${range##*..}")
		rest=${range##*..$hi}
		# Messages write the years without leading zeros (bahai's
		# 0001..0221), and bash would read 0221 as octal.
		lo=$(sed -E 's/^(-?)0*([0-9])/\1\2/' <<<"$lo")
		hi=$(sed -E 's/^(-?)0*([0-9])/\1\2/' <<<"$hi")
		case $rest in
		-W*) date=$((hi + 1))-W01-1 ;;
		-[SV]*) date=$((hi + 1))-S01-4 ;;
		-???) date=$((hi + 1))-001 ;;
		*) date=$((hi + 1))-01-01 ;;
		esac
		run -1 --separate-stderr calconv -f "$id" -t rd "$date"
		assert_output "$date"
		assert_stderr "calconv: '$date' is out of range in $id: year $((hi + 1)) out of range $lo..$hi"
	done <"$T/list"
}

@test "a day count out of range names the range" {
	run -1 --separate-stderr calconv -f jdn -t gregorian 784354017365
	assert_output '784354017365'
	assert_stderr "calconv: '784354017365' is out of range in jdn: day number 784354017365 out of range $QT_MIN_JD..$QT_MAX_JD"
}

@test "invalid UTF-8 is reported with its byte offset and the line kept as it was" {
	printf '1992-03-17\n2024-01-\3771\n2024-\342\202-01\n' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: -:2: '2024-01-\\xff1' is not a date in gregorian: invalid UTF-8 at byte 9" \
	    "calconv: -:3: '2024-\\xe2\\x82-01' is not a date in gregorian: invalid UTF-8 at byte 6")"
	assert_bytes "$T/out" '1992-03-04\n2024-01-\3771\n2024-\342\202-01\n'
}

@test "an invalid UTF-8 operand is reported with its byte offset" {
	run -1 --separate-stderr calconv -t julian $'\xff'
	assert_output $'\xff'
	assert_stderr "calconv: '\\xff' is not a date in gregorian: invalid UTF-8 at byte 1"
}

@test "control characters in a bad date are shown escaped" {
	run -1 --separate-stderr calconv -t julian $'2024\x01-01-01'
	assert_output $'2024\x01-01-01'
	assert_stderr "calconv: '2024\\x01-01-01' is not a date in gregorian: expected YYYY-MM-DD"
}

@test "weekday 8 of an ISO week is refused" {
	run -1 --separate-stderr calconv -f iso-week 2024-W01-8
	assert_output '2024-W01-8'
	assert_stderr "calconv: '2024-W01-8' is not a date in iso-week: weekday 8 out of range 1..7"
}

@test "week 53 of a 52-week year is refused, and of a 53-week year accepted" {
	# 28 December is always in the last ISO week (ISO 8601); GNU date
	# puts it in week 52 of 2023 and week 53 of 2020.
	[ "$(date -u -d 2023-12-28 +%V)" = 52 ]
	[ "$(date -u -d 2020-12-28 +%V)" = 53 ]
	run -1 --separate-stderr calconv -f iso-week -t gregorian 2023-W53-1 2020-W53-1
	assert_output "$(printf '2023-W53-1\n%s' "$(date -u -d '2020-12-28' +%F)")"
	assert_stderr "calconv: '2023-W53-1' is not a date in iso-week: week 53 out of range 1..52 (2023 has 52 weeks)"
}

@test "day 366 of a common year is refused in ordinal dates" {
	run -1 --separate-stderr calconv -f ordinal -t gregorian 2023-366 2024-366
	assert_output "$(printf '2023-366\n2024-12-31')"
	assert_stderr "calconv: '2023-366' is not a date in ordinal: day of year 366 out of range 1..365 (2023 is not a leap year)"
}

@test "text in the wrong shape says which shape each calendar expects" {
	run -1 --separate-stderr calconv -f gregorian -t rd 2024/03/20
	assert_output '2024/03/20'
	assert_stderr "calconv: '2024/03/20' is not a date in gregorian: expected YYYY-MM-DD"
	run -1 --separate-stderr calconv -f iso-week -t rd 2024-03-20
	assert_output '2024-03-20'
	assert_stderr "calconv: '2024-03-20' is not a date in iso-week: expected YYYY-Www-D"
	run -1 --separate-stderr calconv -f ordinal -t rd 2024-03-20
	assert_output '2024-03-20'
	assert_stderr "calconv: '2024-03-20' is not a date in ordinal: expected YYYY-DDD"
	run -1 --separate-stderr calconv -f jdn -t rd 2451545.5
	assert_output '2451545.5'
	assert_stderr "calconv: '2451545.5' is not a date in jdn: expected a whole number of days"
}

@test "-q silences the messages about bad dates but keeps status 1" {
	printf '2024-02-30\n1992-03-17\n' >"$T/in"
	run -1 --separate-stderr calconv -q -t julian 2023-02-29 -F "$T/in"
	assert_output "$(printf '2023-02-29\n2024-02-30\n1992-03-04')"
	refute_stderr
	run -1 --separate-stderr calconv --quiet -t julian 2147483648-01-01
	assert_output '2147483648-01-01'
	refute_stderr
}

@test "an operand with blanks around the date is refused" {
	# calconv.1: an operand must be the date alone (blanks are kept only
	# around dates in records).
	run -1 --separate-stderr calconv -t julian ' 1992-03-17' '1992-03-17 '
	assert_output "$(printf ' 1992-03-17\n1992-03-17 ')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: ' 1992-03-17' is not a date in gregorian: expected YYYY-MM-DD" \
	    "calconv: '1992-03-17 ' is not a date in gregorian: expected YYYY-MM-DD")"
}

@test "lines of a file get the messages operands get, whatever the path" {
	# Exactly YYYY-MM-DD takes the batch path's fast check: what it
	# refuses, the general parser must name.
	printf '%s\n' 2024-13-01 2024-01-00 2023-02-29 2024-02-29 2024-00-10 \
	    2024-02-30 >"$T/in"
	run -1 --separate-stderr calconv -t julian -F "$T/in"
	# Gregorian 2024-02-29 is Julian 2024-02-16, 13 days behind.
	assert_output "$(printf '%s\n' 2024-13-01 2024-01-00 2023-02-29 2024-02-16 2024-00-10 2024-02-30)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: $T/in:1: '2024-13-01' is not a date in gregorian: month 13 out of range 1..12" \
	    "calconv: $T/in:2: '2024-01-00' is not a date in gregorian: day 0 out of range 1..31" \
	    "calconv: $T/in:3: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)" \
	    "calconv: $T/in:5: '2024-00-10' is not a date in gregorian: month 0 out of range 1..12" \
	    "calconv: $T/in:6: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)")"
}

@test "the default notation in one script's native digits is checked like ASCII" {
	# 1402 is a common Persian year (the official Nowruz table: 1402 ->
	# 2023-03-21, 1403 -> 2024-03-20), so Esfand has 29 days.
	run -1 --separate-stderr calconv -f persian '۱۴۰۲-۱۲-۳۰' '۱۴۰۳/۰۱/۰۱' '۱۴۰3-01-01' '۱۴۰۳-۰۱-۰۱'
	assert_output "$(printf '%s\n' '۱۴۰۲-۱۲-۳۰' '۱۴۰۳/۰۱/۰۱' '۱۴۰3-01-01' 2024-03-20)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '۱۴۰۲-۱۲-۳۰' is not a date in persian: day 30 out of range 1..29 (1402 is not a leap year)" \
	    "calconv: '۱۴۰۳/۰۱/۰۱' is not a date in persian: expected YYYY-MM-DD" \
	    "calconv: '۱۴۰3-01-01' is not a date in persian: expected YYYY-MM-DD")"
}

@test "a quote, a backslash and U+FFFD in the input are escaped in the message" {
	# The message quotes the input in '...': its own quote and the escape
	# character are written as \x27 and \x5c, and a U+FFFD, which also
	# stands for bytes that were not UTF-8, by its bytes.
	run -1 --separate-stderr calconv -t julian "2024-03-20'" 'a\b' $'\ufffd2024'
	assert_output "$(printf '%s\n' "2024-03-20'" 'a\b' $'\ufffd2024')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-03-20\\x27' is not a date in gregorian: expected YYYY-MM-DD" \
	    "calconv: 'a\\x5cb' is not a date in gregorian: expected YYYY-MM-DD" \
	    "calconv: '\\xef\\xbf\\xbd2024' is not a date in gregorian: expected YYYY-MM-DD")"
}
