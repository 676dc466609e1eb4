#!/usr/bin/env bats
#
# icelandic.bats: the Icelandic calendar of summer and winter, written
# YYYY-Sww-D (R&D ch. 6).
#
# Expected dates: summer begins on the Thursday from 19 to 25 April
# (sumardagurinn fyrsti, an Icelandic public holiday: 2024-04-25,
# 2025-04-24) and winter on the Saturday 180 days before the next
# summer (fyrsti vetrardagur: 2024-10-26).  ISO weekdays: 4 Thursday,
# 6 Saturday.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "the first days of summer and winter are week 1 of their season" {
	run -0 --separate-stderr calconv -t icelandic 2024-04-25 2024-10-25 \
	    2024-10-26 2025-04-23 2025-04-24
	assert_output "$(printf '%s\n' 2024-S01-4 2024-S27-5 2024-V01-6 \
	    2024-V26-3 2025-S01-4)"
	refute_stderr
}

@test "a season, week and weekday read back, the letter in either case" {
	run -0 --separate-stderr calconv -f icelandic 2024-S01-4 2024-v01-6 \
	    2024-s1-7
	assert_output "$(printf '%s\n' 2024-04-25 2024-10-26 2024-04-28)"
	refute_stderr
}

@test "a day past the end of a season is refused with the season's length" {
	# Summer 2024 has 184 days (to 2024-10-25, a Friday), summer 2029
	# 191 (2029-04-19 to 2030-04-25 is 371 days: the extra week).
	run -1 --separate-stderr calconv -f icelandic 2024-S27-6 2029-S28-5 \
	    2024-V26-4
	assert_output "$(printf '%s\n' 2024-S27-6 2029-10-26 2024-V26-4)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-S27-6' is not a date in icelandic: day of the season 185 out of range 1..184 (2024 is not a leap year)" \
	    "calconv: '2024-V26-4' is not a date in icelandic: day of the season 181 out of range 1..180")"
}

@test "a week or weekday out of range, or no season letter, is named" {
	run -1 --separate-stderr calconv -f icelandic 2024-S00-4 2024-S01-8 2024-W01-1
	assert_output "$(printf '%s\n' 2024-S00-4 2024-S01-8 2024-W01-1)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-S00-4' is not a date in icelandic: week 0 out of range 1..28" \
	    "calconv: '2024-S01-8' is not a date in icelandic: weekday 8 out of range 1..7" \
	    "calconv: '2024-W01-1' is not a date in icelandic: expected YYYY-Sww-D, S the season (S or V), ww its week, D the weekday 1..7")"
}

@test "--sed finds season dates" {
	run -0 --separate-stderr calconv -S -f icelandic <<<'summer 2024-S01-4, winter 2024-V01-6.'
	assert_output 'summer 2024-04-25, winter 2024-10-26.'
	refute_stderr
}

@test "a season date with a part missing or text after it says what one looks like" {
	local d want=() errs=()
	for d in 2024 2024x1 2024- 2024-S-1 2024-S01 2024-S01x1 2024-S01- \
	    2024-S01-1x; do
		want+=("$d")
		errs+=("calconv: '$d' is not a date in icelandic: expected YYYY-Sww-D, S the season (S or V), ww its week, D the weekday 1..7")
	done
	run -1 --separate-stderr calconv -f icelandic "${want[@]}"
	assert_output "$(printf '%s\n' "${want[@]}")"
	assert_stderr "$(printf '%s\n' "${errs[@]}")"
}

@test "the weeks and weekdays are checked at both ends, the year's digits too" {
	run -1 --separate-stderr calconv -f icelandic 2024-S29-1 2024-S01-0 \
	    12345678901234567-S01-1
	assert_output "$(printf '%s\n' 2024-S29-1 2024-S01-0 12345678901234567-S01-1)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-S29-1' is not a date in icelandic: week 29 out of range 1..28" \
	    "calconv: '2024-S01-0' is not a date in icelandic: weekday 0 out of range 1..7" \
	    "calconv: '12345678901234567-S01-1' is out of range in icelandic: year out of range -2147483648..2147483647")"
}

@test "--sed leaves what only looks like a season date" {
	run -0 --separate-stderr calconv -S -f icelandic <<<'a 2024-S01 b 2024-X01-4 c 2024-S1-4 d 2024-S01x4 e 2024-S01-45 f 2024-V1 g 2024-v01-6 h 2024-S0'
	assert_output 'a 2024-S01 b 2024-X01-4 c 2024-S1-4 d 2024-S01x4 e 2024-S01-45 f 2024-V1 g 2024-10-26 h 2024-S0'
	refute_stderr
}
