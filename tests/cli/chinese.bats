#!/usr/bin/env bats
#
# chinese.bats: the Chinese, Korean (dangi) and Vietnamese lunisolar
# calendars, their leap months written "06L" after the month they are
# named by, names, range and errors.
#
# Expected dates: the Hong Kong Observatory's Gregorian-Lunar Calendar
# Conversion Table (2024 new year on 10 February; 1987 leap 6th month
# from 26 July; 2025 leap 6th month from 25 July, after month 6 of 25
# June; 2033 leap 11th month from 22 December; 2012 7th month from 17
# August and 2018 10th month from 8 November, new moons minutes from
# midnight at UT+8); Vietnam's Tet 1985 on 21 January and 2007 on 17
# February; Korea's Seollal 2024 on 10 February and 1997 on 8 February
# (China's on the 7th), and Korea's leap months of 2012 (3rd, from 21
# April; China's was the 4th) and 2017 (5th, from 24 June; China's the
# 6th), from the Korea Astronomy and Space Science Institute.

bats_require_minimum_version 1.5.0

setup() {
	bats_load_library bats-support
	bats_load_library bats-assert
	load helpers
}

@test "published Chinese months convert, leap months with an L" {
	run -0 --separate-stderr calconv -t chinese 2024-02-10 1987-07-26 \
	    2025-06-25 2025-07-25 2033-12-22 2012-08-17 2018-11-07 2018-11-08
	assert_output "$(printf '%s\n' 4661-01-01 4624-06L-01 4662-06-01 \
	    4662-06L-01 4670-11L-01 4649-07-01 4655-09-30 4655-10-01)"
	refute_stderr
}

@test "calconv -f chinese reads what -t chinese writes" {
	run -0 --separate-stderr calconv -f chinese -t gregorian 4661-01-01 \
	    4624-06L-01 4624-06l-29 4662-06-01 4662-06L-01 4670-11L-01
	assert_output "$(printf '%s\n' 2024-02-10 1987-07-26 1987-08-23 \
	    2025-06-25 2025-07-25 2033-12-22)"
	refute_stderr
	printf '%s\n' 1987-07-25 1987-07-26 1987-08-24 2034-01-20 >"$BATS_TEST_TMPDIR/in"
	run -0 --separate-stderr calconv -t chinese -F "$BATS_TEST_TMPDIR/in"
	printf '%s\n' "$output" >"$BATS_TEST_TMPDIR/out"
	run -0 --separate-stderr calconv -f chinese -F "$BATS_TEST_TMPDIR/out"
	assert_output "$(cat "$BATS_TEST_TMPDIR/in")"
	refute_stderr
}

@test "a leap flag on a month that has none is an error that says so" {
	run -1 --separate-stderr calconv -f chinese 4662-05L-01 4661-06L-01
	assert_output "$(printf '%s\n' 4662-05L-01 4661-06L-01)"
	assert_equal "$stderr" "$(printf '%s\n' \
	    "calconv: '4662-05L-01' is not a date in chinese: 4662 has no leap month 5 (its leap month is 6L)" \
	    "calconv: '4661-06L-01' is not a date in chinese: 4661 has no leap month")"
}

@test "days outside the years 1600..2600 are refused with the range" {
	run -1 --separate-stderr calconv -t chinese 1600-02-14 2601-01-26
	assert_output "$(printf '%s\n' 1600-02-14 2601-01-26)"
	[[ $stderr == *"outside its supported range 4237-01-01..5237-12-29 (1600-02-15..2601-01-25 in gregorian)"* ]]
	run -0 --separate-stderr calconv -t chinese 1600-02-15 2601-01-25
	assert_output "$(printf '%s\n' 4237-01-01 5237-12-29)"
}

@test "Korea and Vietnam keep the same rules on their own clocks" {
	run -0 --separate-stderr calconv -t dangi,vietnamese,chinese \
	    2024-02-10 1985-01-21 2007-02-17 1997-02-08 2012-04-21 2017-06-24
	assert_output "$(printf '%s\t%s\t%s\n' \
	    4357-01-01 4661-01-01 4661-01-01 \
	    4317-12-01 4622-01-01 4621-12-01 \
	    4339-12-30 4644-01-01 4643-12-30 \
	    4330-01-01 4634-01-02 4634-01-02 \
	    4345-03L-01 4649-04-01 4649-04-01 \
	    4350-05L-01 4654-06-01 4654-06-01)"
	refute_stderr
}

@test "month names, leap patterns and the day of the year" {
	# 4662 began on 2025-01-29: 2025-06-25 is 147 days on, day 148.
	run -0 --separate-stderr calconv -t chinese -o '%B|%b|%j' \
	    2025-06-25 2025-07-25
	assert_output "$(printf '%s\n' 'Sixth Month|Mo6|148' \
	    'Sixth Monthbis|Mo6bis|178')"
	run -0 --separate-stderr calconv -L zh -t chinese -o '%B' 2025-07-25
	assert_output '闰六月'
	run -0 --separate-stderr calconv -L ko -t dangi -o '%B' 2025-07-25
	assert_output '윤6월'
}

@test "-p reads a leap month's number with its L, and --sed finds it" {
	# 4662-06L-01 is 2025-07-25 (the first test of this file).
	run -0 --separate-stderr calconv -f chinese -t gregorian -p '%Y-%m-%d' \
	    4662-06L-01 4662-06l-01
	assert_output $'2025-07-25\n2025-07-25'
	refute_stderr
	run -0 --separate-stderr calconv -S -f chinese -t gregorian \
	    <<<'leap 4662-06L-01, not 4662-06x01 or 4662-06'
	assert_output 'leap 2025-07-25, not 4662-06x01 or 4662-06'
	refute_stderr
}
