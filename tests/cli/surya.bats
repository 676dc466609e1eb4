#!/usr/bin/env bats
#
# surya.bats: the modern Hindu solar and lunisolar calendars of the
# Surya Siddhanta (R&D ch. 20) and their astronomical variants: leap
# months written "02L", leap days "28L", expunged day numbers and the
# month numbers a year leaves out.
#
# Expected dates: Reingold & Dershowitz, Calendrical Calculations,
# Appendix C (as the calendrica sample tables give it): RD 544676
# (Gregorian 1492-04-09) is solar 1414-01-05 and lunar 1549-02L-03; RD
# 569477 (1560-03-05) is lunar 1616-11-28, a leap day; RD 400085 is
# lunar 1153-03L-23; RD 709580 is solar 1865-06-21, lunar 2000-07-08,
# and by modern astronomy solar 1865-06-21, lunar 2000-07-08; RD 744313
# is astronomical solar 1960-07-25.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "R&D's sample dates convert to the modern Hindu calendars" {
	run -0 --separate-stderr calconv -f rd -t hindu-solar,hindu-lunar \
	    -- 544676 569477 400085 709580
	assert_output "$(printf '%s\t%s\n' 1414-01-05 1549-02L-03 \
	    1481-11-29 1616-11-28L 1018-02-26 1153-03L-23 1865-06-21 2000-07-08)"
	refute_stderr
	run -0 --separate-stderr calconv -f rd \
	    -t astro-hindu-solar,astro-hindu-lunar 709580 744313
	assert_output "$(printf '%s\t%s\n' 1865-06-21 2000-07-08 \
	    1960-07-25 2095-08-14)"
	refute_stderr
}

@test "a leap day is written and read with an L after the day" {
	run -0 --separate-stderr calconv -f hindu-lunar -t rd 1616-11-28L \
	    1616-11-28l
	assert_output "$(printf '%s\n' 569477 569477)"
	refute_stderr
	# The leap day is the second of the two days numbered 28.
	run -0 --separate-stderr calconv -f rd -t hindu-lunar 569476 569477 \
	    569478
	assert_output "$(printf '%s\n' 1616-11-28 1616-11-28L 1616-11-29)"
	refute_stderr
}

@test "a leap day the day number does not have is refused, saying why" {
	run -1 --separate-stderr calconv -f hindu-lunar 1616-11-27L
	assert_output 1616-11-27L
	assert_stderr "calconv: '1616-11-27L' is not a date in hindu-lunar: month 11 of 1616 has no leap day 27: only one sunrise fell in that lunar day"
}

@test "a calendar without leap days refuses the L after the day" {
	run -1 --separate-stderr calconv -f old-hindu-lunar 5124-06-01L
	assert_output 5124-06-01L
	assert_stderr "calconv: '5124-06-01L' is not a date in old-hindu-lunar: expected YYYY-MM-DD, or YYYY-MML-DD in a leap month"
	run -1 --separate-stderr calconv -f hindu-lunar 1616-11-28X
	assert_output 1616-11-28X
	assert_stderr "calconv: '1616-11-28X' is not a date in hindu-lunar: expected YYYY-MM-DD, YYYY-MML-DD in a leap month, or YYYY-MM-DDL on a leap day"
}

@test "a leap month the year does not have is refused, naming the one it has" {
	run -1 --separate-stderr calconv -f hindu-lunar 1549-03L-03
	assert_output 1549-03L-03
	assert_stderr "calconv: '1549-03L-03' is not a date in hindu-lunar: 1549 has no leap month 3 (its leap month is 2L)"
}

@test "a month number the year leaves out is refused, saying why" {
	# Between the new moons of 1963-12-16 and 1964-01-15 the sun entered
	# two signs (hindu-solar months 9 and 10 begin on 1963-12-16 and
	# 1964-01-14), so that lunar month is 9 and the next is 11.
	run -0 --separate-stderr calconv -t hindu-solar,hindu-lunar \
	    1963-12-16 1964-01-14 1964-01-15
	assert_output "$(printf '%s\t%s\n' 1885-09-01 2020-09-01 \
	    1885-10-01 2020-09-30 1885-10-02 2020-11-01)"
	refute_stderr
	run -1 --separate-stderr calconv -f hindu-lunar 2020-10-01
	assert_output 2020-10-01
	assert_stderr "calconv: '2020-10-01' is not a date in hindu-lunar: 2020 has no month 10: the sun passed through a whole sign within one lunar month"
}

@test "%d writes the L of a leap day and -p reads it back" {
	run -0 --separate-stderr calconv -f rd -t hindu-lunar -o '%d/%m/%Y' 569477
	assert_output 28L/11/1616
	refute_stderr
	run -0 --separate-stderr calconv -f hindu-lunar -t rd -p '%d/%m/%Y' \
	    28L/11/1616 28/11/1616
	assert_output "$(printf '%s\n' 569477 569476)"
	refute_stderr
}

@test "--sed finds dates with a leap day" {
	run -0 --separate-stderr calconv -S -f hindu-lunar -t rd <<<'on 1616-11-28L, then 1616-11-29.'
	assert_output 'on 569477, then 569478.'
	refute_stderr
}

@test "the ranges are refused beyond their ends, by name" {
	run -1 --separate-stderr calconv -t hindu-solar,astro-hindu-solar 3102-12-10
	assert_output 3102-12-10
	assert_stderr "calconv: '3102-12-10' is out of range for hindu-solar: outside its supported range -3179-01-04..3024-08-05 (-3101-01-23..3102-12-09 in gregorian)"
	run -1 --separate-stderr calconv -f astro-hindu-lunar 1956-09-29
	assert_output 1956-09-29
	assert_stderr "calconv: '1956-09-29' is out of range in astro-hindu-lunar: outside the supported range 1956-09-30..2157-10-01"
}

@test "--info refuses a calendar with leap days" {
	run -2 --separate-stderr calconv --info tibetan:2149
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: --info does not describe calendars with leap months or skipped days, such as tibetan" \
	    "Try 'calconv --help' for more information.")"
}

@test "the leap months of 2015..2026 are the adhika months the almanacs gave" {
	# Adhika Ashadha 2015 (from 06-17), Jyeshtha 2018 (05-16), Ashvina
	# 2020 (09-18), Shravana 2023 (07-18) and Jyeshtha 2026 (05-17):
	# months 4, 3, 7, 5 and 3 of Vikrama 2072, 2075, 2077, 2080, 2083,
	# as Indian almanacs (panchangs) published them.
	run -0 --separate-stderr calconv -t hindu-lunar,astro-hindu-lunar -o '%Y %m' \
	    2015-06-25 2018-05-25 2020-09-25 2023-07-25 2026-05-25
	assert_output "$(printf '%s\t%s\n' '2072 04L' '2072 04L' '2075 03L' \
	    '2075 03L' '2077 07L' '2077 07L' '2080 05L' '2080 05L' '2083 03L' \
	    '2083 03L')"
	refute_stderr
}

@test "%B names the months, a leap month with Adhika, and -p reads them" {
	# R&D's RD 400085 is lunar 1153-03L-23 and solar 1018-02-26: month
	# 3 is Jyaistha, solar month 2 Vrishabha (the bull).
	run -0 --separate-stderr calconv -f rd -t hindu-lunar,hindu-solar \
	    -o '%d %B %Y %EC' 400085
	assert_output "$(printf '%s\t%s' '23 Adhika Jyaistha 1153 VS' \
	    '26 Vrishabha 1018 Saka')"
	refute_stderr
	run -0 --separate-stderr calconv -f rd -t hindu-lunar -L hi -o '%B' 400085
	assert_output 'अधिक ज्येष्ठ'
	refute_stderr
	run -1 --separate-stderr calconv -f hindu-lunar -t rd -p '%d %B %Y' \
	    '23 Adhika Jyaistha 1153' '23 adhika jyaistha 1153' \
	    '23 Jyaistha 1153' '23 Adhika Bhadra 1153'
	assert_output "$(printf '%s\n' 400085 400085 400114 '23 Adhika Bhadra 1153')"
	assert_stderr "calconv: '23 Adhika Bhadra 1153' is not a date in hindu-lunar: 1153 has no leap month 6 (its leap month is 3L)"
}
