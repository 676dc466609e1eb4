#!/usr/bin/env bats
#
# bahai.bats: the Badi' (Baha'i) calendar: R&D's western rule to 171
# BE, from 172 BE the equinox before sunset in Tehran (which gives the
# official Naw-Ruz table 172-221 BE), and the range 1..957 BE.
#
# Expected dates: 1 Baha 1 BE = 1844-03-21 (R&D bahai-epoch); the
# Baha'i World Centre's table (shared/data/bahai-nawruz-172-221.tsv):
# Naw-Ruz 172 = 2015-03-21, 180 = 2023-03-21, 181 = 2024-03-20, 195 =
# 2038-03-20, 221 = 2064-03-20.  Months 1..18 have 19 days, month 19 is
# Ayyam-i-Ha (the days up to 19 days before the next Naw-Ruz), 20 'Ala.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "Naw-Ruz is 21 March to 172 BE and the table's day after" {
	run -0 --separate-stderr calconv -f bahai 0001-01-01 0171-01-01 \
	    0172-01-01 0181-01-01 0195-01-01 0221-01-01
	assert_output "$(printf '%s\n' 1844-03-21 2014-03-21 2015-03-21 \
	    2024-03-20 2038-03-20 2064-03-20)"
	refute_stderr
}

@test "every Naw-Ruz of the official table converts both ways" {
	local f rows
	f=$(shared_data bahai-nawruz-172-221.tsv) ||
	    skip "the official Naw-Ruz table is not available"
	rows=$(grep -v '^#' "$f")
	run -0 --separate-stderr calconv -t bahai < <(cut -f2 <<<"$rows")
	assert_output "$(cut -f1 <<<"$rows" | sed 's/^/0/; s/$/-01-01/')"
	refute_stderr
}

@test "Ayyam-i-Ha is month 19 and has as many days as reach the next Naw-Ruz" {
	# 180 BE: 2023-03-21 to 2024-03-19, 365 days: Ayyam-i-Ha 2024-02-26
	# to 02-29 (4 days though 2024 is a leap year), 'Ala from 03-01.
	# 170 BE under the western rule: 2014 has no 29 February, 4 days;
	# 168 BE: 2012 has one, 5 days (2012-02-26 to 03-01).
	run -0 --separate-stderr calconv -t bahai 2024-02-25 2024-02-26 \
	    2024-02-29 2024-03-01 2024-03-19 2012-03-01 2012-03-02
	assert_output "$(printf '%s\n' 0180-18-19 0180-19-01 0180-19-04 \
	    0180-20-01 0180-20-19 0168-19-05 0168-20-01)"
	refute_stderr
	run -1 --separate-stderr calconv -f bahai 0180-19-05
	assert_output 0180-19-05
	assert_stderr "calconv: '0180-19-05' is not a date in bahai: day 5 out of range 1..4 (180 is not a leap year)"
}

@test "a year outside 1..957 BE is refused with the range" {
	run -1 --separate-stderr calconv -f bahai 0000-20-19 0958-01-01
	assert_output "$(printf '%s\n' 0000-20-19 0958-01-01)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '0000-20-19' is out of range in bahai: year 0 out of range 1..957" \
	    "calconv: '0958-01-01' is out of range in bahai: year 958 out of range 1..957")"
}

@test "after the table Naw-Ruz follows the equinox before sunset in Tehran" {
	# Naw-Ruz 222 BE: the March equinox moves about 5 h 49 min later a
	# year and a day earlier after a leap day.  From 2026-03-20 14:46
	# UT (USNO) nine four-year steps of -45 min give 2062-03-20 08:01
	# UT, and three more years 2065-03-20 01:25 UT, 04:55 in Tehran:
	# before sunset, so 1 Baha 222 is 2065-03-20, and 'Ala 221 ends the
	# day before; Ayyam-i-Ha 221 runs from 2065-02-25, after 19 Mulk.
	run -0 --separate-stderr calconv -f bahai 0221-18-19 0221-19-01 \
	    0221-20-19 0222-01-01
	assert_output "$(printf '%s\n' 2065-02-24 2065-02-25 2065-03-19 \
	    2065-03-20)"
	refute_stderr
}

@test "a day outside 1844-03-21..2801-03-19 is not written in bahai" {
	run -1 --separate-stderr calconv -t bahai 1844-03-20 1844-03-21 2801-03-20
	assert_output "$(printf '%s\n' 1844-03-20 0001-01-01 2801-03-20)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '1844-03-20' is out of range for bahai: outside its supported range 0001-01-01..0957-20-19 (1844-03-21..2801-03-19 in gregorian)" \
	    "calconv: '2801-03-20' is out of range for bahai: outside its supported range 0001-01-01..0957-20-19 (1844-03-21..2801-03-19 in gregorian)")"
}

@test "--info names the Twin Holy Birthdays of a year" {
	# 181 BE: the Baha'i World Centre's dates, 2 and 3 November 2024;
	# 2024-11-02 is day 228 of a year from 2024-03-20, 19 'Ilm (12).
	run -0 --separate-stderr calconv --info bahai:181
	assert_line --index 0 'bahai 181: common year, 365 days, 20 months'
	assert_line --index 21 "Twin Holy Birthdays (the Báb, Bahá'u'lláh)  0181-12-19..0181-13-01  2024-11-02..2024-11-03"
	refute_stderr
	# Before 172 BE the western dates: 20 October and 12 November.
	run -0 --separate-stderr calconv --info bahai:171
	assert_line --index 21 "Birth of the Báb  0171-12-05  2014-10-20"
	assert_line --index 22 "Birth of Bahá'u'lláh  0171-13-09  2014-11-12"
	refute_stderr
}
