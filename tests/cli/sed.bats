#!/usr/bin/env bats
# --sed: every date inside free text converted in place, nothing else.
#
# Expected dates: 2000-01-01 is JDN 2451545 (IAU, J2000.0 is its noon),
# and 2000-01-02 the next day; 2024-03-20 is Nowruz 1403 (official
# Iranian table in shared/data).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "every date in a line is converted and the text around is kept" {
	run -0 --separate-stderr calconv -S -t jdn <<<'From 2000-01-01 to 2000-01-02, then (2000-01-01).'
	assert_output 'From 2451545 to 2451546, then (2451545).'
	[ -z "$stderr" ]
}

@test "no date is found inside a longer run of digits" {
	run -0 --separate-stderr calconv -S -t jdn <<<'12000-01-01 2000-01-011 02000-01-01 2000-001-01 20000101'
	assert_output '12000-01-01 2000-01-011 02000-01-01 2000-001-01 20000101'
	[ -z "$stderr" ]
}

@test "lines without dates come out byte for byte" {
	printf 'plain text\n\n\tüñî 12:30\r\nlast' >"$BATS_TEST_TMPDIR/in"
	calconv -S -t jdn -F "$BATS_TEST_TMPDIR/in" | cmp - "$BATS_TEST_TMPDIR/in"
}

@test "several targets are written as tab-separated columns in place" {
	run -0 calconv -S -t persian,jdn <<<'on 2024-03-20.'
	assert_output "$(printf 'on 1403-01-01\t2460390.')"
}

@test "a date-shaped word that is no date keeps its line and sets status 1" {
	run -1 --separate-stderr calconv -S -t jdn < <(printf 'ok 2000-01-01\nbad 2000-13-01 and 2000-01-01\n')
	assert_output "$(printf 'ok 2451545\nbad 2000-13-01 and 2000-01-01')"
	[ "$stderr" = "calconv: -:2: '2000-13-01' is not a date in gregorian: month 13 out of range 1..12" ]
}

@test "with -e empty only the bad date is emptied" {
	run -1 calconv -q -S -e empty -t jdn <<<'bad 2000-13-01 and 2000-01-01'
	assert_output 'bad  and 2451545'
}

@test "a line of forty dates, more than are kept between check and write, converts whole" {
	# Days 0..39 from 2000-01-01 (JDN 2451545 + k), GNU date writing
	# them; the 36th (k = 35) is made 2000-13-01, which -e empty empties.
	local k in=() want=() bad=()
	for ((k = 0; k < 40; k++)); do
		in+=("$(date -u -d "2000-01-01 +$k days" +%F)")
		want+=("$((2451545 + k))")
	done
	(IFS=,; printf '%s\n' "${in[*]}") >"$BATS_TEST_TMPDIR/in"
	run -0 calconv -S -t jdn -F "$BATS_TEST_TMPDIR/in"
	assert_output "$(IFS=,; printf '%s' "${want[*]}")"
	bad=("${in[@]}")
	bad[35]=2000-13-01
	want[35]=
	(IFS=,; printf '%s\n' "${bad[*]}") >"$BATS_TEST_TMPDIR/in"
	run -1 calconv -q -S -e empty -t jdn -F "$BATS_TEST_TMPDIR/in"
	assert_output "$(IFS=,; printf '%s' "${want[*]}")"
	run -1 calconv -q -S -t jdn -F "$BATS_TEST_TMPDIR/in"
	assert_output "$(IFS=,; printf '%s' "${bad[*]}")"
	# A date the target cannot hold: japanese starts in 1873 (Meiji 6),
	# and 2000 is Heisei 12 (Heisei 1 = 1989), months and days as in
	# the Gregorian calendar.
	bad=("${in[@]}")
	bad[35]=1800-01-01
	want=()
	for ((k = 0; k < 40; k++)); do
		want+=("H12-${in[k]#2000-}")
	done
	want[35]=
	(IFS=,; printf '%s\n' "${bad[*]}") >"$BATS_TEST_TMPDIR/in"
	run -1 calconv -q -S -e empty -t japanese -F "$BATS_TEST_TMPDIR/in"
	assert_output "$(IFS=,; printf '%s' "${want[*]}")"
}

@test "invalid UTF-8 is reported with its byte and the line kept" {
	printf 'x\xff 2000-01-01\n2000-01-01 \xc3\xa9\n' >"$BATS_TEST_TMPDIR/in"
	run -1 --separate-stderr calconv -S -t jdn -F "$BATS_TEST_TMPDIR/in"
	[ "$stderr" = "calconv: $BATS_TEST_TMPDIR/in:1: invalid UTF-8 at byte 2" ]
	printf 'x\xff 2000-01-01\n2451545 \xc3\xa9\n' >"$BATS_TEST_TMPDIR/want"
	calconv -q -S -t jdn -F "$BATS_TEST_TMPDIR/in" | cmp - "$BATS_TEST_TMPDIR/want"
}

@test "sed mode reads week dates and day counts in their own notation" {
	run -0 calconv -S -f iso-week -t gregorian <<<'week 1999-W52-6 ends'
	assert_output 'week 2000-01-01 ends'
	run -0 calconv -S -f jdn -t gregorian <<<'JD 2451545 and 2451546'
	assert_output 'JD 2000-01-01 and 2000-01-02'
}

@test "sed mode works on NUL-terminated records" {
	printf 'a 2000-01-01\0b\0' | calconv -z -S -t jdn >"$BATS_TEST_TMPDIR/out"
	printf 'a 2451545\0b\0' | cmp - "$BATS_TEST_TMPDIR/out"
}

@test "sed mode reads ordinal dates: a four-digit year and three-digit day" {
	# 2024 is a leap year: day 80 is 31 (January) + 29 (February) + 20,
	# 20 March; day 366 is 31 December.
	run -0 --separate-stderr calconv -S -f ordinal \
	    <<<'day 2024-080, not 2024-08 or 2024-0800 or 2024-80; 2024-366.'
	assert_output 'day 2024-03-20, not 2024-08 or 2024-0800 or 2024-80; 2024-12-31.'
	[ -z "$stderr" ]
}

@test "sed mode leaves week dates with a part missing or misshapen" {
	# 2024-W12-3 is Wednesday 2024-03-20 (week 12 begins Monday 18 March).
	run -0 --separate-stderr calconv -S -f iso-week <<<'a 2024-W12 b 2024-X12-3 c 2024-W1-3 d 2024-W12x3 e 2024-W12-34 f 2024-w12-3 g 2024-W12-'
	assert_output 'a 2024-W12 b 2024-X12-3 c 2024-W1-3 d 2024-W12x3 e 2024-W12-34 f 2024-03-20 g 2024-W12-'
	[ -z "$stderr" ]
}

@test "sed mode leaves a year, or a year and month, without a day" {
	run -0 --separate-stderr calconv -S -t julian <<<'year 2024 and 2024-03 and 2024-03x01 and 2024-03-1 and 2024'
	assert_output 'year 2024 and 2024-03 and 2024-03x01 and 2024-03-1 and 2024'
	[ -z "$stderr" ]
}
