#!/usr/bin/env bats
#
# maya.bats: the Maya long count (mayan, mayan-584285) and its dotted
# notation.
#
# Expected dates: the long count is days since the epoch JD 584283
# (Goodman-Martinez-Thompson, Reingold & Dershowitz's mayan-epoch) or
# JD 584285, in places of 20 kin, 18 uinal, 20 tun and 20 katun:
# 13.0.0.0.0 = JD 584283 + 13 * 144000 = JD 2456283 = 2012-12-21
# (2024-03-20 is JD 2460390, 4107 days = 11 tun 7 uinal 7 kin later).
# R&D Appendix C: RD 728714 (1996-02-25) is 12.19.2.16.16.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "Gregorian dates convert to the long count in either correlation" {
	run -0 --separate-stderr calconv -t mayan,mayan-584285 2012-12-21 \
	    2024-03-20 1996-02-25
	assert_output "$(printf '%s\t%s\n' 13.0.0.0.0 12.19.19.17.18 \
	    13.0.11.7.7 13.0.11.7.5 12.19.2.16.16 12.19.2.16.14)"
	refute_stderr
}

@test "a long count converts back to the day it names" {
	run -0 --separate-stderr calconv -f mayan -t jdn 13.0.0.0.0 0.0.0.0.0 \
	    12.19.2.16.16
	assert_output "$(printf '%s\n' 2456283 584283 2450139)"
	refute_stderr
	run -0 --separate-stderr calconv -f mayan-584285 -t jdn 13.0.0.0.0
	assert_output 2456285
	refute_stderr
}

@test "the baktun counts on past 19 and below 0, the lower places never leave their ranges" {
	# 7 baktun after 13.0.0.0.0 is JD 2456283 + 1008000 = 3464283; the
	# day before the epoch is JD 584282.
	run -0 --separate-stderr calconv -f jdn -t mayan 3464283 584282 \
	    $((584282 - 144000))
	assert_output "$(printf '%s\n' 20.0.0.0.0 -1.19.19.17.19 -2.19.19.17.19)"
	refute_stderr
	run -0 --separate-stderr calconv -f mayan -t jdn 20.0.0.0.0 -1.19.19.17.19
	assert_output "$(printf '%s\n' 3464283 584282)"
	refute_stderr
}

@test "a place out of its range is named with its range" {
	run -1 --separate-stderr calconv -f mayan 13.20.0.0.0 13.0.20.0.0 \
	    13.0.0.18.0 13.0.0.0.20
	assert_output "$(printf '%s\n' 13.20.0.0.0 13.0.20.0.0 13.0.0.18.0 13.0.0.0.20)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '13.20.0.0.0' is not a date in mayan: katun 20 out of range 0..19" \
	    "calconv: '13.0.20.0.0' is not a date in mayan: tun 20 out of range 0..19" \
	    "calconv: '13.0.0.18.0' is not a date in mayan: uinal 18 out of range 0..17" \
	    "calconv: '13.0.0.0.20' is not a date in mayan: kin 20 out of range 0..19")"
}

@test "a long count needs all five places" {
	run -1 --separate-stderr calconv -f mayan 13.0.0.0 13.0.0.0.0.0 2012-12-21
	assert_output "$(printf '%s\n' 13.0.0.0 13.0.0.0.0.0 2012-12-21)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '13.0.0.0' is not a date in mayan: expected baktun.katun.tun.uinal.kin, as 13.0.0.0.0" \
	    "calconv: '13.0.0.0.0.0' is not a date in mayan: expected baktun.katun.tun.uinal.kin, as 13.0.0.0.0" \
	    "calconv: '2012-12-21' is not a date in mayan: expected baktun.katun.tun.uinal.kin, as 13.0.0.0.0")"
}

@test "a place that is not a number says what a long count looks like" {
	run -1 --separate-stderr calconv -f mayan 13.0.0.x.0 13..0.0.0
	assert_output "$(printf '%s\n' 13.0.0.x.0 13..0.0.0)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '13.0.0.x.0' is not a date in mayan: expected baktun.katun.tun.uinal.kin, as 13.0.0.0.0" \
	    "calconv: '13..0.0.0' is not a date in mayan: expected baktun.katun.tun.uinal.kin, as 13.0.0.0.0")"
}

@test "a baktun of sixteen digits is out of range, named without its value" {
	run -1 --separate-stderr calconv -f mayan 1234567890123456.0.0.0.0
	assert_output 1234567890123456.0.0.0.0
	assert_stderr "calconv: '1234567890123456.0.0.0.0' is out of range in mayan: baktun out of range -5446884..5446898"
}

@test "a baktun out of range names the range" {
	run -1 --separate-stderr calconv -f mayan 5446899.0.0.0.0
	assert_output 5446899.0.0.0.0
	assert_stderr "calconv: '5446899.0.0.0.0' is out of range in mayan: baktun 5446899 out of range -5446884..5446898"
}

@test "--sed finds long counts, not longer dotted runs" {
	run -0 --separate-stderr calconv -S -f mayan <<<'13.0.0.0.0 ended; 10.0.0.1 and 1.2.3.4.5.6 did not.'
	assert_output '2012-12-21 ended; 10.0.0.1 and 1.2.3.4.5.6 did not.'
	refute_stderr
}

@test "--sed leaves runs that are not five places of a long count" {
	# 123456789 has nine digits (a baktun has at most eight here), 100 is
	# no uinal, and a sixth place makes a longer run; a period and a
	# letter after the kin end the long count.
	run -0 --separate-stderr calconv -S -f mayan <<<'a 123456789.0.0.0.0 b 13.0.0.100.0 c 13.0.0.0.0.x d 13.0.0.0.0. e 13.0.0.0.0.5 f 13.0.0.0. g 13.0.0.0'
	assert_output 'a 123456789.0.0.0.0 b 13.0.0.100.0 c 2012-12-21.x d 2012-12-21. e 13.0.0.0.0.5 f 13.0.0.0. g 13.0.0.0'
	refute_stderr
}

# --- the haab, the tzolkin and the Balinese Pawukon: written, not read --

@test "the haab and tzolkin of a day are written with R&D's names" {
	# R&D ch. 11: 0.0.0.0.0 was 4 Ahau 8 Cumku; 13.0.0.0.0 (2012-12-21)
	# 4 Ahau 3 Kankin.  Appendix C: RD 728714 (1996-02-25) is haab
	# month 17 day 4 (4 Kayab), tzolkin 9 and name 16 (9 Cib).
	run -0 --separate-stderr calconv -t mayan,tzolkin,haab -- -3113-08-11 \
	    2012-12-21 1996-02-25
	assert_output "$(printf '%s\t%s\t%s\n' 0.0.0.0.0 '4 Ahau' '8 Cumku' \
	    13.0.0.0.0 '4 Ahau' '3 Kankin' 12.19.2.16.16 '9 Cib' '4 Kayab')"
	refute_stderr
}

@test "the five days of Uayeb end the haab, and day 0 begins each month" {
	# 8 Cumku + 340 days: Cumku 8..19 is 12 days, Uayeb 5, then Pop
	# 0..19, so 17 days after 8 Cumku is 0 Pop and the day before is
	# 4 Uayeb.
	run -0 --separate-stderr calconv -f jdn -t haab 584299 584300 584301
	assert_output "$(printf '%s\n' '4 Uayeb' '0 Pop' '1 Pop')"
	refute_stderr
}

@test "converting from a cycle is a usage error that says why" {
	local cal days
	for cal in haab:365 tzolkin:260 balinese:210; do
		days=${cal#*:} cal=${cal%%:*}
		run -2 --separate-stderr calconv -f "$cal" '8 Cumku'
		assert_output ''
		assert_stderr "$(printf '%s\n' \
		    "calconv: $cal repeats every $days days, so a date alone names no day; convert to it, not from it" \
		    "Try 'calconv --help' for more information.")"
	done
}

@test "a cycle named in a CAL:DATE operand is refused like an unknown calendar, the rest converts" {
	run -2 --separate-stderr calconv -t jdn 'haab:8 Cumku' 2012-12-21
	assert_output "$(printf '%s\n' 'haab:8 Cumku' 2456283)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: haab repeats every 365 days, so a date alone names no day; convert to it, not from it" \
	    "Try 'calconv --help' for more information.")"
}

@test "--list shows a cycle's length for its range" {
	run -0 --separate-stderr calconv --list
	assert_line "$(printf 'haab\t-\tcycle\trepeats every 365 days\t%s' \
	    'Maya haab, the 365-day year of 18 months and Uayeb: 8 Cumku (written, not read)')"
	refute_stderr
}

@test "the Balinese Pawukon names Galungan and Kuningan as Bali's calendars do" {
	# Galungan, Buda Kliwon Dungulan: 2024-02-28 and 2024-09-25;
	# Kuningan, Saniscara Kliwon Kuningan, ten days after: 2024-03-09.
	# R&D bali-epoch, fixed-from-jd(146), is day 0: Redite Paing Sinta.
	run -0 --separate-stderr calconv -t balinese 2024-02-28 2024-03-09 \
	    2024-09-25
	assert_output "$(printf '%s\n' 'Buda Kliwon Dungulan' \
	    'Saniscara Kliwon Kuningan' 'Buda Kliwon Dungulan')"
	refute_stderr
	run -0 --separate-stderr calconv -f jdn -t balinese 146 356
	assert_output "$(printf '%s\n' 'Redite Paing Sinta' 'Redite Paing Sinta')"
	refute_stderr
}

@test "-o writes a cycle's fields: the wuku and the day of the week as numbers" {
	run -0 --separate-stderr calconv -t balinese -o '%-m %-d' 2024-02-28
	assert_output '11 4'
	refute_stderr
}
