#!/usr/bin/env bats
#
# tibetan.bats: the Tibetan (Phugpa) calendar of R&D ch. 21.
#
# Expected dates: R&D Appendix C (the calendrica sample tables): RD
# 613424 is 1807-06L-04, RD 709409 2070-03L-14, RD 764652 2221-06-06.
# Losar (1st month, 1st day) fell on Gregorian 2022-03-03, 2025-02-28
# and 2026-02-18 (convertdate's and calcal's tests); 2022-02-08 and
# 2022-02-09 are both day 8 of the 12th month (convertdate's tests), the
# second being R&D's leap day.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "R&D's sample dates convert, leap months with an L" {
	run -0 --separate-stderr calconv -f rd -t tibetan 613424 709409 764652
	assert_output "$(printf '%s\n' 1807-06L-04 2070-03L-14 2221-06-06)"
	refute_stderr
	run -0 --separate-stderr calconv -f tibetan -t rd 1807-06L-04 2070-03l-14
	assert_output "$(printf '%s\n' 613424 709409)"
	refute_stderr
}

@test "Losar is the first day of the first month" {
	run -0 --separate-stderr calconv -f tibetan 2149-01-01 2152-01-01 2153-01-01
	assert_output "$(printf '%s\n' 2022-03-03 2025-02-28 2026-02-18)"
	refute_stderr
}

@test "of two days with one number the second is the leap day" {
	run -0 --separate-stderr calconv -t tibetan 2022-02-08 2022-02-09 2022-02-10
	assert_output "$(printf '%s\n' 2148-12-08 2148-12-08L 2148-12-09)"
	refute_stderr
	run -1 --separate-stderr calconv -f tibetan 2148-12-09L
	assert_output 2148-12-09L
	assert_stderr "calconv: '2148-12-09L' is not a date in tibetan: month 12 of 2148 has no leap day 9: only one sunrise fell in that lunar day"
}

@test "sed mode reads a leap day's L unless a digit follows it" {
	# 2148-12-08 and 2148-12-08L are 2022-02-08 and -09 (test above).
	# In "08L0" the L would make the date touch a digit: the date is
	# 2148-12-08 and the L0 stays as text.
	run -0 --separate-stderr calconv -S -f tibetan -t gregorian \
	    <<<'a 2148-12-08L b 2148-12-08L0 c 2148-12-08Lx'
	assert_output 'a 2022-02-09 b 2022-02-08L0 c 2022-02-09x'
	refute_stderr
}

@test "a skipped day number is refused, and the days around it are consecutive" {
	# Two lunar days ended on 2022-02-03 (RD 738189): day 2 is skipped.
	run -0 --separate-stderr calconv -f rd -t tibetan 738188 738189
	assert_output "$(printf '%s\n' 2148-12-01 2148-12-03)"
	refute_stderr
	run -1 --separate-stderr calconv -f tibetan 2148-12-02
	assert_output 2148-12-02
	assert_stderr "calconv: '2148-12-02' is not a date in tibetan: month 12 of 2148 has no day 2: that lunar day began and ended between two sunrises"
}

@test "a leap month the year does not have is refused" {
	run -1 --separate-stderr calconv -f tibetan 2149-03L-01
	assert_output 2149-03L-01
	assert_stderr "calconv: '2149-03L-01' is not a date in tibetan: 2149 has no leap month"
}
