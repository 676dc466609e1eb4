#!/usr/bin/env bats
#
# hindu.bats: the old Hindu solar and lunisolar calendars of the
# Arya-siddhanta (R&D ch. 10), the leap month written "06L", and the
# skipped (expunged) day numbers of the lunar months.
#
# Expected dates: Reingold & Dershowitz, Calendrical Calculations,
# Appendix C: RD -214193 (-0586-07-24) is solar 2515-05-19 and lunar
# 2515-06-11; RD 171307 (0470-01-08) is lunar 3570, leap month 11, day
# 19; RD 671401 (1839-03-27) is lunar 4940, leap month 1, day
# 13; RD 728714 (1996-02-25) is solar 5096-11-11, lunar 5096-12-07.
# Their epoch, year 0 of the Kali Yuga, is Julian -3101-02-18.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "R&D's sample dates convert to both old Hindu calendars" {
	run -0 --separate-stderr calconv -f rd -t old-hindu-solar,old-hindu-lunar \
	    -- -214193 171307 671401 728714
	assert_output "$(printf '%s\t%s\n' 2515-05-19 2515-06-11 \
	    3570-10-19 3570-11L-19 4939-12-13 4940-01L-13 5096-11-11 5096-12-07)"
	refute_stderr
}

@test "the leap month is written and read with an L after its number" {
	run -0 --separate-stderr calconv -f old-hindu-lunar -t rd 3570-11L-19 \
	    3570-11l-19 4940-01L-13
	assert_output "$(printf '%s\n' 171307 171307 671401)"
	refute_stderr
	# The leap month comes first: 5124-06L is followed by 5124-06.
	run -0 --separate-stderr calconv -f old-hindu-lunar -t gregorian \
	    5124-06L-01 5124-06L-30 5124-06-01
	assert_output "$(printf '%s\n' 2023-08-17 2023-09-14 2023-09-15)"
	refute_stderr
}

@test "a leap month the year does not have is refused, naming the one it has" {
	run -1 --separate-stderr calconv -f old-hindu-lunar 5124-05L-01 5125-06L-01
	assert_output "$(printf '%s\n' 5124-05L-01 5125-06L-01)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '5124-05L-01' is not a date in old-hindu-lunar: 5124 has no leap month 5 (its leap month is 6L)" \
	    "calconv: '5125-06L-01' is not a date in old-hindu-lunar: 5125 has no leap month")"
}

@test "a calendar without leap months refuses the L" {
	run -1 --separate-stderr calconv -f gregorian 2024-03L-01
	assert_output 2024-03L-01
	assert_stderr "calconv: '2024-03L-01' is not a date in gregorian: gregorian has no leap months"
}

@test "an expunged lunar day is no date, and the days around it are consecutive" {
	# 5124-11: lunar day 18 began after the sunrise of 2024-02-26 (day
	# 17) and ended before the next, so 2024-02-27 is day 19.
	run -0 --separate-stderr calconv -t old-hindu-lunar 2024-02-26 2024-02-27
	assert_output "$(printf '%s\n' 5124-11-17 5124-11-19)"
	refute_stderr
	run -1 --separate-stderr calconv -f old-hindu-lunar 5124-11-18
	assert_output 5124-11-18
	assert_stderr "calconv: '5124-11-18' is not a date in old-hindu-lunar: month 11 of 5124 has no day 18: that lunar day began and ended between two sunrises"
}

@test "%m writes the L of a leap month and -p reads it back" {
	run -0 --separate-stderr calconv -t old-hindu-lunar -o '%d/%m/%Y' 2023-08-17
	assert_output 01/06L/5124
	refute_stderr
	run -0 --separate-stderr calconv -f old-hindu-lunar -p '%d/%m/%Y' \
	    01/06L/5124 01/06/5124
	assert_output "$(printf '%s\n' 2023-08-17 2023-09-15)"
	refute_stderr
}

@test "--sed finds dates with a leap month" {
	run -0 --separate-stderr calconv -S -f old-hindu-lunar <<<'from 5124-06L-01 to 5124-06-01'
	assert_output 'from 2023-08-17 to 2023-09-15'
	refute_stderr
}

@test "the solar months have 30 or 31 days, every day numbered" {
	# A mean solar month is 210389/6912 = 30.44 days: in 5124 month 1
	# has 30 days and month 2 has 31, whose last day precedes 3-01.
	run -1 --separate-stderr calconv -f old-hindu-solar -t rd 5124-01-31 \
	    5124-01-30 5124-02-01 5124-02-31 5124-03-01
	assert_output "$(printf '%s\n' 5124-01-31 738656 738657 738687 738688)"
	assert_stderr "calconv: '5124-01-31' is not a date in old-hindu-solar: day 31 out of range 1..30"
}

@test "--info refuses a calendar with leap months" {
	run -2 --separate-stderr calconv --info old-hindu-lunar:5124
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: --info does not describe calendars with leap months or skipped days, such as old-hindu-lunar" \
	    "Try 'calconv --help' for more information.")"
}
