#!/usr/bin/env bats
#
# solar.bats: the calendars reckoned from the sky by R&D's astronomy:
# persian-astronomical, french-astronomical and islamic-observational
# (bahai.bats has the Baha'i calendar).
#
# Expected dates: the official Nowruz table (1 Farvardin 1403 =
# 2024-03-20); the French Republic's year starts as used (1 Vendemiaire
# IV = 1795-09-23, the sixth complementary day of III the day before,
# 18 Brumaire VIII = 1799-11-09); R&D's Appendix C for the observational
# Islamic calendar (RD 764652 = 2094-07-18 is 1518-03-05).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "persian-astronomical gives the official Nowruz and reads its own output" {
	run -0 --separate-stderr calconv -t persian-astronomical 2024-03-19 \
	    2024-03-20 1827-03-22
	assert_output "$(printf '%s\n' 1402-12-29 1403-01-01 1206-01-01)"
	refute_stderr
	run -0 --separate-stderr calconv -f persian-astronomical 1403-01-01 \
	    1206-01-01
	assert_output "$(printf '%s\n' 2024-03-20 1827-03-22)"
	refute_stderr
}

@test "persian-astronomical refuses years outside 1..3000 and days outside its range" {
	# AP 1 begins on R&D's persian epoch, Julian 622-03-19 =
	# Gregorian 622-03-22; AP 3000 ends the day before Nowruz 3001,
	# which persian's 33-year rule with its corrections puts on
	# 3622-03-21, 366 days after Nowruz 3000 (3621-03-20): a leap year.
	run -1 --separate-stderr calconv -f persian-astronomical 0000-12-29 \
	    3001-01-01 3000-12-30
	assert_output "$(printf '%s\n' 0000-12-29 3001-01-01 3622-03-20)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '0000-12-29' is out of range in persian-astronomical: year 0 out of range 1..3000" \
	    "calconv: '3001-01-01' is out of range in persian-astronomical: year 3001 out of range 1..3000")"
	run -1 --separate-stderr calconv -t persian-astronomical 0622-03-21 \
	    0622-03-22
	assert_output "$(printf '%s\n' 0622-03-21 0001-01-01)"
	assert_stderr "calconv: '0622-03-21' is out of range for persian-astronomical: outside its supported range 0001-01-01..3000-12-30 (0622-03-22..3622-03-20 in gregorian)"
}

@test "french-astronomical begins the Republic's years on the days they began" {
	run -0 --separate-stderr calconv -f french-astronomical 0001-01-01 \
	    0003-13-06 0004-01-01 0008-02-18 0012-01-01 0014-04-10
	assert_output "$(printf '%s\n' 1792-09-22 1795-09-22 1795-09-23 \
	    1799-11-09 1803-09-24 1805-12-31)"
	refute_stderr
	run -0 --separate-stderr calconv -t french-astronomical 1795-09-22 \
	    1799-09-22 1803-09-23
	assert_output "$(printf '%s\n' 0003-13-06 0007-13-06 0011-13-06)"
	refute_stderr
}

@test "french-astronomical and french-arithmetic part where Romme's rule does" {
	# Romme's rule makes IV leap, not III: 1 Vendemiaire IV is a day
	# earlier there, and III has no sixth complementary day.
	run -0 --separate-stderr calconv -f french-arithmetic 0004-01-01
	assert_output 1795-09-22
	refute_stderr
	run -1 --separate-stderr calconv -f french-arithmetic 0003-13-06
	assert_stderr "calconv: '0003-13-06' is not a date in french-arithmetic: day 6 out of range 1..5 (3 is not a leap year)"
}

@test "french-astronomical refuses the years outside 1..1009" {
	run -1 --separate-stderr calconv -f french-astronomical 0000-01-01 \
	    1010-01-01
	assert_output "$(printf '%s\n' 0000-01-01 1010-01-01)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '0000-01-01' is out of range in french-astronomical: year 0 out of range 1..1009" \
	    "calconv: '1010-01-01' is out of range in french-astronomical: year 1010 out of range 1..1009")"
	run -1 --separate-stderr calconv -t french-astronomical 1792-09-21
	assert_output 1792-09-21
	[[ $stderr == "calconv: '1792-09-21' is out of range for french-astronomical: outside its supported range 0001-01-01.."* ]]
}

@test "islamic-observational gives R&D's sample dates both ways" {
	# R&D Appendix C: RD 764652 (2094-07-18) is 1518-03-05 and RD
	# 727274 (1992-03-17) is 1412-09-12.
	run -0 --separate-stderr calconv -t islamic-observational 2094-07-18 \
	    1992-03-17
	assert_output "$(printf '%s\n' 1518-03-05 1412-09-12)"
	refute_stderr
	run -0 --separate-stderr calconv -f islamic-observational 1518-03-05 \
	    1412-09-12
	assert_output "$(printf '%s\n' 2094-07-18 1992-03-17)"
	refute_stderr
}

@test "islamic-observational refuses a day its month does not have, and years outside 1..2246" {
	# Ramadan 1445 began on 2024-03-12 by the criterion and Shawwal on
	# 2024-04-10, so it has 29 days.
	run -0 --separate-stderr calconv -f islamic-observational 1445-09-01 \
	    1445-10-01
	assert_output "$(printf '%s\n' 2024-03-12 2024-04-10)"
	run -1 --separate-stderr calconv -f islamic-observational 1445-09-30 \
	    2247-01-01
	assert_stderr "$(printf '%s\n' \
	    "calconv: '1445-09-30' is not a date in islamic-observational: day 30 out of range 1..29" \
	    "calconv: '2247-01-01' is out of range in islamic-observational: year 2247 out of range 1..2246")"
}
