#!/usr/bin/env bats
#
# eras.bats: the Japanese calendar's era notation (R6-03-20), its range
# from the Gregorian reform of 1873, and a target's narrower range.
#
# Expected dates: the eras begin on the days of CLDR's
# supplementalData.xml (calendarData "japanese": 232 Meiji 1868-9-8,
# 233 Taisho 1912-7-30, 234 Showa 1926-12-25, 235 Heisei 1989-1-8,
# 236 Reiwa 2019-5-1), which ICU follows; an era's year 1 is the
# Gregorian year it began in.  Japan adopted the Gregorian calendar on
# Meiji 6-01-01 = 1873-01-01 (JD 2405160).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "Gregorian dates convert to the era's letter, year, month and day, at every change of era" {
	run -0 --separate-stderr calconv -t japanese 1873-01-01 1912-07-29 \
	    1912-07-30 1926-12-24 1926-12-25 1989-01-07 1989-01-08 \
	    2019-04-30 2019-05-01 2024-03-20
	assert_output "$(printf '%s\n' M6-01-01 M45-07-29 T1-07-30 T15-12-24 \
	    S1-12-25 S64-01-07 H1-01-08 H31-04-30 R1-05-01 R6-03-20)"
	refute_stderr
}

@test "era dates read back, the letter in either case and the fields unpadded" {
	run -0 --separate-stderr calconv -f japanese S64-01-07 h1-01-08 \
	    R6-3-20 r01-05-01
	assert_output "$(printf '%s\n' 1989-01-07 1989-01-08 2024-03-20 \
	    2019-05-01)"
	refute_stderr
}

@test "a date outside the era it names is refused with the date it is" {
	run -1 --separate-stderr calconv -f japanese H40-01-01 R1-01-01 S64-01-08
	assert_output "$(printf '%s\n' H40-01-01 R1-01-01 S64-01-08)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: 'H40-01-01' is not a date in japanese: the Heisei era had ended by then: the date is R10-01-01" \
	    "calconv: 'R1-01-01' is not a date in japanese: the Reiwa era had not begun: the date is H31-01-01" \
	    "calconv: 'S64-01-08' is not a date in japanese: the Shōwa era had ended by then: the date is H1-01-08")"
}

@test "a date that is no era date says what an era date looks like" {
	run -1 --separate-stderr calconv -f japanese 2024-03-20 X6-03-20 ''
	assert_output "$(printf '%s\n' 2024-03-20 X6-03-20 '')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-03-20' is not a date in japanese: expected EY-MM-DD, E an era (M, T, S, H or R) and Y its year" \
	    "calconv: 'X6-03-20' is not a date in japanese: expected EY-MM-DD, E an era (M, T, S, H or R) and Y its year" \
	    "calconv: '' is not a date in japanese: expected EY-MM-DD, E an era (M, T, S, H or R) and Y its year")"
}

@test "a NUL byte before an era's letter is no era, and is quoted in the message" {
	printf '\0R06-01-01\nR06-01-01\n' >"$T/in"
	run -1 --separate-stderr calconv -f japanese -F "$T/in"
	assert_stderr "calconv: $T/in:1: '\\x00R06-01-01' is not a date in japanese: expected EY-MM-DD, E an era (M, T, S, H or R) and Y its year"
	# Reiwa 1 is 2019, so Reiwa 6 is 2024.
	calconv_into "$T/out" -q -f japanese -F "$T/in" || true
	assert_bytes "$T/out" '\0R06-01-01\n2024-01-01\n'
}

@test "a Japanese date before 1873 is refused with the range" {
	run -1 --separate-stderr calconv -f japanese M5-12-31 M6-01-01
	assert_output "$(printf '%s\n' M5-12-31 1873-01-01)"
	assert_stderr "calconv: 'M5-12-31' is out of range in japanese: outside the supported range M6-01-01..R2147481629-12-31"
}

@test "converting a day before 1873 to japanese is refused, naming the range in both calendars" {
	run -1 --separate-stderr calconv -t japanese 1872-12-31 1873-01-01
	assert_output "$(printf '%s\n' 1872-12-31 M6-01-01)"
	assert_stderr "calconv: '1872-12-31' is out of range for japanese: outside its supported range M6-01-01..R2147481629-12-31 (1873-01-01..2147483647-12-31 in gregorian)"
	run -1 --separate-stderr calconv -f jdn -t gregorian,japanese -e empty 2405159 2405160
	assert_output "$(printf '\t\n1873-01-01\tM6-01-01')"
	assert_stderr "calconv: '2405159' is out of range for japanese: outside its supported range M6-01-01..R2147481629-12-31 (2405160..784354017364 in jdn)"
}

@test "a record refused for its target follows the error policy and the file's line" {
	printf '1872-12-31\n2024-03-20\n' >"$T/in"
	run -1 --separate-stderr calconv -t japanese -e skip -F "$T/in"
	assert_output R6-03-20
	assert_stderr "calconv: $T/in:1: '1872-12-31' is out of range for japanese: outside its supported range M6-01-01..R2147481629-12-31 (1873-01-01..2147483647-12-31 in gregorian)"
}

@test "under -t all a calendar whose range misses the day gets an empty column, and no error" {
	local n count
	# The calendars whose ranges (man page) miss 1872: japanese from
	# 1873, islamic-umalqura from 1882-11-12 (the KACST table's first
	# day), the astronomical Hindu ones from 1900.
	n=$(calconv --list | cut -f1 |
	    grep -nxE 'japanese|islamic-umalqura|astro-hindu-solar|astro-hindu-lunar' |
	    cut -d: -f1 | paste -sd,)
	count=$(calconv --list | wc -l)
	run -0 --separate-stderr calconv -t all 1872-12-31
	refute_stderr
	# Every column is there, those calendars' empty, the others' not.
	run -0 awk -F '\t' -v n=",$n," '{ for (i = 1; i <= NF; i++)
	    if ((index(n, "," i ",") > 0) != ($i == ""))
	    print "column " i ": \"" $i "\"";
	    print NF }' <<<"$output"
	assert_output "$count"
}

@test "%EY writes the year of the era and its name, %EN%Ey the notation's era and year" {
	run -0 --separate-stderr calconv -t japanese -o '%EY|%EN%02Ey.%m.%d|%EC' \
	    2024-03-20 1989-01-07
	assert_output "$(printf '%s\n' '6 Reiwa|R06.03.20|Reiwa' \
	    '64 Shōwa|S64.01.07|Shōwa')"
	refute_stderr
}

@test "-p reads the era's letter (JIS X 0301 style) and the era's name, and checks the era" {
	run -1 --separate-stderr calconv -f japanese -p '%EN%Ey.%m.%d' -p '%EY %B %d' \
	    R06.03.20 '1 Heisei January 08' H31.05.01
	assert_output "$(printf '%s\n' 2024-03-20 1989-01-08 H31.05.01)"
	assert_stderr "calconv: 'H31.05.01' is not a date in japanese: the Heisei era had ended by then: the date is R1-05-01"
}

@test "--sed finds era dates, not letters inside words" {
	run -0 --separate-stderr calconv -S -f japanese <<<'S64-01-07, then H1-01-08; not xH1-01-08 nor H1-01-089.'
	assert_output '1989-01-07, then 1989-01-08; not xH1-01-08 nor H1-01-089.'
	refute_stderr
}

@test "--sed leaves era dates with a part missing or misshapen" {
	# A digit at the start of the line is no era's year, and ten digits
	# are the most a year of an era may have here.
	run -0 --separate-stderr calconv -S -f japanese <<<'2024 R06-01-01 R-01-01 R12345678901-01-01 R06-01 R06x01-01 R06-1-01 R06-01x01 R06-01-1'
	assert_output '2024 2024-01-01 R-01-01 R12345678901-01-01 R06-01 R06x01-01 R06-1-01 R06-01x01 R06-01-1'
	refute_stderr
}

@test "--info describes a Japanese year in Gregorian months" {
	run -0 --separate-stderr calconv --info japanese:2019
	assert_line --index 0 'japanese 2019: common year, 365 days, 12 months'
	assert_line --index 5 ' 5  May        31 days  2019-05-01..2019-05-31'
	refute_stderr
}
