#!/usr/bin/env bats
#
# format.bats: -o/--format.  Directives %Y %m %d %e %j %J %u %w %G %V %C
# %n %t %%, flags - _ 0 ^ and widths, read in the target calendar.
#
# For Gregorian targets the expected text is what GNU date prints for the
# same format (the directives calconv shares with strftime: all but %J,
# and %C, which is the calendar there and the century in date).  GNU date
# writes year -46 as "-046" under a bare %Y; calconv promises ISO 8601's
# "-0046", so bare %Y of negative years is checked by hand.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# Leap days, year ends, ISO week-year edges (ISO 8601: 2005-01-01 is
# 2004-W53-6, 2008-12-29 is 2009-W01-1), single-digit days and months.
DATES=(2005-01-01 2008-12-29 2024-02-29 2024-12-31 2000-01-01 1970-01-01
    0001-01-01 9999-12-31 2021-01-03 1999-09-09 2010-01-03)

@test "each directive prints what GNU date prints for a Gregorian date" {
	local fmt
	printf '%s\n' "${DATES[@]}" >"$T/in"
	for fmt in %Y %m %d %e %j %u %w %G %V '%%' 'a%nb' 'a%tb' \
	    '%Y-%m-%d %j %u %w %G-W%V'; do
		run -0 --separate-stderr calconv -t gregorian -o "$fmt" -F "$T/in"
		assert_output "$(date -u -f "$T/in" +"$fmt")"
		refute_stderr
	done
}

@test "the flags - _ 0 ^ and widths pad as GNU date does" {
	local fmt
	printf '%s\n' "${DATES[@]}" >"$T/in"
	for fmt in %-m %-d %-e %-j %-V %-Y %_m %_d %_j %_V %_Y %0e %05j %10Y \
	    %_10Y %-10Y %3d %3e %_3e %03e %^Y %^d %1Y %2Y %_G %06G %4m %_4u; do
		run -0 --separate-stderr calconv -t gregorian --format "$fmt" -F "$T/in"
		assert_output "$(date -u -f "$T/in" +"$fmt")"
		refute_stderr
	done
}

@test "a negative year is written with its sign and at least four digits" {
	# ISO 8601 expanded years: astronomical year -44 is "-0044".
	run -0 --separate-stderr calconv -f julian -t julian -o '%Y|%Y-%m-%d' -0044-03-15
	assert_output -- '-0044|-0044-03-15'
	refute_stderr
	run -0 --separate-stderr calconv -f julian -t julian -0044-03-15
	assert_output -- '-0044-03-15'
	refute_stderr
}

@test "a width counts the sign of a negative year, as in GNU date" {
	# Unix day -735967 is in Gregorian year -46 (days_from_civil); GNU date
	# formats that day from its Unix time.
	local fmt u=-735967
	[ "$(greg_days -46 12 29)" -eq "$u" ]
	for fmt in %6Y %06Y %_6Y %-Y %3Y %5Y %_5Y %-5Y %-6G; do
		run -0 --separate-stderr calconv -f unix -t gregorian -o "$fmt" -- "$u"
		assert_output -- "$(date -u -d "@$((u * 86400))" +"$fmt")"
		refute_stderr
	done
}

@test "%J prints the Julian Day Number in every target calendar" {
	# JD 2451545.0 is 2000-01-01 12:00 (J2000; Meeus ch. 7).
	run -0 --separate-stderr calconv -t all -o %J 2000-01-01
	refute_stderr
	[ "$(tr '\t' '\n' <<<"$output" | sort -u)" = 2451545 ]
	[ "$(tr '\t' '\n' <<<"$output" | wc -l)" -eq "$(calconv --list | wc -l)" ]
}

@test "%J of a day before JD 0 is negative" {
	# Meeus: JD 0.0 is noon of Julian -4712-01-01, so the day before is -1.
	run -0 --separate-stderr calconv -f julian -t julian -o %J -4712-01-01 -4713-12-31
	assert_output "$(printf '0\n-1')"
	refute_stderr
}

@test "%C prints the target calendar's id, and ^ upper-cases it" {
	run -0 --separate-stderr calconv -t julian,persian-2820 -o '%C|%^C|%12C|%-C' 1992-03-17
	assert_output "$(printf 'julian|JULIAN|      julian|julian\tpersian-2820|PERSIAN-2820|persian-2820|persian-2820')"
	refute_stderr
}

@test "%% %n %t are a percent sign, a newline and a tab" {
	run -0 --separate-stderr calconv_into "$T/out" -t julian -o 'a%%b%nc%td' 1992-03-17
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" 'a%%b\nc\td\n'
}

@test "text between directives is copied as it is, UTF-8 included" {
	run -0 --separate-stderr calconv -t persian -o 'سال %Y، روز %-d' 2024-03-20
	assert_output 'سال 1403، روز 1'
	refute_stderr
}

@test "directives are read in the target calendar" {
	# Official Nowruz table: 1404 -> 2025-03-21, and 1403 -> 2024-03-20 is
	# 366 days earlier, so 2025-03-20 is Esfand 30, day 366 of 1403.
	run -0 --separate-stderr calconv -t persian -o '%Y/%m/%d %e %j' 2025-03-20
	assert_output '1403/12/30 30 366'
	refute_stderr
	# R&D sample: Gregorian 1992-03-17 = Julian 1992-03-04, the 64th day
	# of a leap year (31 + 29 + 4).
	run -0 --separate-stderr calconv -t julian -o '%Y/%m/%d %e %j' 1992-03-17
	assert_output '1992/03/04  4 064'
	refute_stderr
}

@test "%u and %w are the same weekday whatever the target calendar" {
	local want
	want=$(date -u -d 2024-03-20 +%u%w)
	run -0 --separate-stderr calconv -t julian,persian,islamic-civil -o %u%w 2024-03-20
	assert_output "$(printf '%s\t%s\t%s' "$want" "$want" "$want")"
	refute_stderr
}

@test "%G and %V are the ISO week-year and week whatever the target calendar" {
	# ISO 8601: 2005-01-01 is in week 53 of 2004.
	run -0 --separate-stderr calconv -t persian,julian -o %G-W%V 2005-01-01
	assert_output "$(printf '2004-W53\t2004-W53')"
	refute_stderr
}

@test "-o applies to each target of a list" {
	# R&D sample: RD 727274 = 1992-03-17 = Julian 1992-03-04 = JDN 2448699.
	run -0 --separate-stderr calconv -t julian,jdn -o '[%Y]' 1992-03-17
	assert_output "$(printf '[1992]\t[2448699]')"
	refute_stderr
}

@test "an unknown directive is a usage error naming its offset" {
	run -2 --separate-stderr calconv -o 'abc %Q' 1992-03-17
	assert_output ''
	[ "${#stderr_lines[@]}" -eq 2 ]
	assert_regex "${stderr_lines[0]}" \
	    "^calconv: bad (output )?format.* at offset 4: unknown directive '%Q'\$"
	assert_equal "${stderr_lines[1]}" "$HINT"
}

@test "%N alone is unknown: the era's letter is %EN" {
	run -2 --separate-stderr calconv -o 'x%Ny' 1992-03-17
	assert_output ''
	assert_equal "${stderr_lines[0]}" "calconv: bad output format 'x%Ny' at offset 1: unknown directive '%N'"
	run -2 --separate-stderr calconv -p '%N %Y-%m-%d' 1992-03-17
	assert_equal "${stderr_lines[0]}" "calconv: bad input format '%N %Y-%m-%d' at offset 0: unknown directive '%N'"
	run -0 calconv -t japanese -o '%EN%Ey' 2024-03-20
	assert_output R6
}

@test "a format that ends inside a directive is a usage error" {
	run -2 --separate-stderr calconv -o '%Y%' 1992-03-17
	assert_output ''
	[ "${#stderr_lines[@]}" -eq 2 ]
	assert_regex "${stderr_lines[0]}" \
	    "^calconv: bad (output )?format.* at offset 2: (.*'%' .*ends inside|.*ends inside .*'%'$)"
	assert_equal "${stderr_lines[1]}" "$HINT"
	run -2 --separate-stderr calconv -o '%-' 1992-03-17
	assert_output ''
	[ "${#stderr_lines[@]}" -eq 2 ]
	assert_regex "${stderr_lines[0]}" \
	    "^calconv: bad (output )?format.* at offset 0: (.*'%-' .*ends inside|.*ends inside .*'%-'$)"
	assert_equal "${stderr_lines[1]}" "$HINT"
}
