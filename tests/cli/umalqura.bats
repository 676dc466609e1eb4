#!/usr/bin/env bats
#
# umalqura.bats: the Umm al-Qura calendar (islamic-umalqura), the KACST
# table of AH 1300-1600, and its range.
#
# Expected dates come from a publication each (tests/data/
# known-islamic-umalqura.tsv names them): KACST's converter as quoted
# in ICU4X issue #6197 (2024-12-02 = 1 Jumada II 1446, 2025-02-26 = 27
# Sha'ban 1446) and moment-hijri issue #105 (1937-05-12 = 1 Rabi' I
# 1356); .NET's UmAlQuraCalendar table (1 Muharram 1445 = 2023-07-19,
# its months 29 30 30 30 29 30 29 29 30: Ramadan from 2024-03-11, 30
# days); OpenJDK's table (1 Muharram 1300 = 1882-11-12, 1600 ending on
# 2174-11-25); moment-hijri pull request #93 (Jumada I 1446 has 29
# days).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "published Umm al-Qura dates convert both ways" {
	run -0 --separate-stderr calconv -f islamic-umalqura 1300-01-01 \
	    1356-03-01 1445-01-01 1445-09-01 1446-06-01 1446-08-27 1600-12-30
	assert_output "$(printf '%s\n' 1882-11-12 1937-05-12 2023-07-19 \
	    2024-03-11 2024-12-02 2025-02-26 2174-11-25)"
	refute_stderr
	run -0 --separate-stderr calconv -t islamic-umalqura 1882-11-12 \
	    1937-05-12 2023-07-19 2024-03-11 2024-12-02 2025-02-26 2174-11-25
	assert_output "$(printf '%s\n' 1300-01-01 1356-03-01 1445-01-01 \
	    1445-09-01 1446-06-01 1446-08-27 1600-12-30)"
	refute_stderr
}

@test "umalqura, ummalqura and umm-al-qura name it" {
	run -0 --separate-stderr calconv -t umalqura,ummalqura,'Umm al-Qura' \
	    2024-12-02
	assert_output "$(printf '1446-06-01\t1446-06-01\t1446-06-01')"
	refute_stderr
}

@test "it differs from the tabular calendar where the table's months do" {
	# R&D fixed-from-islamic (civil epoch RD 227015) of 1446-06-01:
	# 227015 + 354 * 1445 + floor((3 + 11 * 1446) / 30) + 29 * 5 +
	# floor(6 / 2) = 739223 = 2024-12-03, so 2024-12-02 is 1446-05-30
	# there and 1 Jumada II in the KACST table.
	run -0 --separate-stderr calconv -t islamic-umalqura,islamic-civil \
	    2024-12-02
	assert_output "$(printf '1446-06-01\t1446-05-30')"
	refute_stderr
}

@test "a month has the table's 29 or 30 days, and the message names no leap year" {
	run -0 --separate-stderr calconv -f islamic-umalqura 1445-09-30 \
	    1446-05-29
	assert_output "$(printf '%s\n' 2024-04-09 2024-12-01)"
	refute_stderr
	run -1 --separate-stderr calconv -f islamic-umalqura 1446-05-30
	assert_output 1446-05-30
	assert_stderr "calconv: '1446-05-30' is not a date in islamic-umalqura: day 30 out of range 1..29"
}

@test "a year outside AH 1300..1600 is refused with the range, not converted by another calendar" {
	run -1 --separate-stderr calconv -f islamic-umalqura 1299-12-29 \
	    1601-01-01
	assert_output "$(printf '%s\n' 1299-12-29 1601-01-01)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '1299-12-29' is out of range in islamic-umalqura: year 1299 out of range 1300..1600" \
	    "calconv: '1601-01-01' is out of range in islamic-umalqura: year 1601 out of range 1300..1600")"
}

@test "a day outside 1882-11-12..2174-11-25 is not written in islamic-umalqura" {
	run -1 --separate-stderr calconv -t islamic-umalqura 1882-11-11 \
	    1882-11-12 2174-11-25 2174-11-26
	assert_output "$(printf '%s\n' 1882-11-11 1300-01-01 1600-12-30 \
	    2174-11-26)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '1882-11-11' is out of range for islamic-umalqura: outside its supported range 1300-01-01..1600-12-30 (1882-11-12..2174-11-25 in gregorian)" \
	    "calconv: '2174-11-26' is out of range for islamic-umalqura: outside its supported range 1300-01-01..1600-12-30 (1882-11-12..2174-11-25 in gregorian)")"
}

@test "-t all has an islamic-umalqura column, empty before the table" {
	local n
	n=$(calconv --list | cut -f1 | grep -nx islamic-umalqura | cut -d: -f1)
	calconv -t all 2024-12-02 1882-11-11 >"$BATS_TEST_TMPDIR/all"
	run -0 awk -F '\t' -v n="$n" '{ print "[" $n "]" }' "$BATS_TEST_TMPDIR/all"
	assert_output "$(printf '%s\n' '[1446-06-01]' '[]')"
}

@test "names are the Islamic ones, in English and Arabic" {
	run -0 --separate-stderr calconv -t islamic-umalqura \
	    -o '%A %-d %B %EY' 2025-02-26
	assert_output 'Wednesday 27 Shaʻban 1446 AH'
	# CLDR 41 ar.xml, islamic month 8: شعبان.
	run -0 --separate-stderr calconv -t islamic-umalqura -L ar \
	    -o '%-d %B' 2025-02-26
	assert_output '27 شعبان'
	run -0 --separate-stderr calconv -f islamic-umalqura -p '%d %B %Y' \
	    '1 Jumada II 1446'
	assert_output 2024-12-02
	refute_stderr
}

@test "--info lists the table's month lengths" {
	run -0 --separate-stderr calconv --info islamic-umalqura:1446
	assert_line --index 0 'islamic-umalqura 1446: 354 days, 12 months'
	[[ ${lines[5]} == ' 5  Jumada I'*'29 days  2024-11-03..2024-12-01' ]]
	[[ ${lines[6]} == ' 6  Jumada II'*'30 days  2024-12-02..2024-12-31' ]]
	refute_stderr
}
