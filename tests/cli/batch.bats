#!/usr/bin/env bats
#
# batch.bats: the batch paths of a file of bare YYYY-MM-DD lines (a
# target with a limited range, a -o format that is the default
# notation, month names read by -p) write what the general path writes
# for the same dates given as operands, and refuse what it refuses,
# with the same messages.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# Days inside every range below, the ends of astro-hindu-solar's
# (1900-01-01..2100-12-31) among them, with a leap month of the Chinese
# calendar (2023-03-22 is the first day of its leap second month).
INSIDE="1900-01-01 1900-02-28 1937-05-12 2000-01-01 2023-03-22 2023-04-20
2024-02-29 2024-03-20 2099-12-31 2100-12-31"

@test "a target with a limited range writes a file's dates as it writes operands" {
	printf '%s\n' $INSIDE >"$T/in"
	for cal in islamic-umalqura chinese hindu-lunar astro-hindu-solar \
	    persian-astronomical; do
		run -0 --separate-stderr calconv -t "$cal" $INSIDE
		want=$output
		run -0 --separate-stderr calconv -t "$cal" -F "$T/in"
		assert_output "$want"
		refute_stderr
		# Two targets, one of them limited.
		run -0 --separate-stderr calconv -t "jdn,$cal" $INSIDE
		want=$output
		run -0 --separate-stderr calconv -t "jdn,$cal" -F "$T/in"
		assert_output "$want"
		refute_stderr
	done
}

@test "a file's date outside a target's range is refused with its file and line" {
	printf '%s\n' 1882-11-11 1882-11-12 2174-11-25 2174-11-26 0001-01-01 \
	    9999-12-31 >"$T/in"
	msg() {
		printf "calconv: %s:%s: '%s' is out of range for islamic-umalqura: outside its supported range 1300-01-01..1600-12-30 (1882-11-12..2174-11-25 in gregorian)\n" \
		    "$T/in" "$1" "$2"
	}
	errs=$(msg 1 1882-11-11; msg 4 2174-11-26; msg 5 0001-01-01;
	    msg 6 9999-12-31)
	run -1 --separate-stderr calconv -t islamic-umalqura -F "$T/in"
	assert_output "$(printf '%s\n' 1882-11-11 1300-01-01 1600-12-30 \
	    2174-11-26 0001-01-01 9999-12-31)"
	assert_stderr "$errs"
	run -1 --separate-stderr calconv -t jdn,islamic-umalqura -e empty \
	    -F "$T/in"
	# JDN 2408762 is 1882-11-12; 2174-11-25 is 106664 days later.
	assert_output "$(printf '%s\n' '	' '2408762	1300-01-01' \
	    '2515426	1600-12-30' '	' '	' '	')"
	assert_stderr "$errs"
	run -1 --separate-stderr calconv -t islamic-umalqura -e skip -F "$T/in"
	assert_output "$(printf '%s\n' 1300-01-01 1600-12-30)"
	assert_stderr "$errs"
	# A survey writes nothing for a target without the day.
	run -0 --separate-stderr calconv -t all -F "$T/in"
	want=$output
	run -0 --separate-stderr calconv -t all 1882-11-11 1882-11-12 \
	    2174-11-25 2174-11-26 0001-01-01 9999-12-31
	assert_output "$want"
}

@test "a -o format that is the default notation writes what the default writes" {
	# Years before 0 and after 9999 outside the Chinese range: refused
	# alike.
	printf '%s\n' $INSIDE -0044-03-15 0000-12-31 12345-06-07 \
	    -123456-01-01 >"$T/in"
	for cal in persian chinese hebrew julian coptic; do
		run --separate-stderr calconv -t "$cal" -F "$T/in"
		want=$output wantst=$status wanterr=$stderr
		run --separate-stderr calconv -t "$cal" -o '%Y-%m-%d' -F "$T/in"
		assert_equal "$status" "$wantst"
		assert_output "$want"
		assert_equal "$stderr" "$wanterr"
	done
	run -0 --separate-stderr calconv -t jdn -F "$T/in"
	want=$output
	run -0 --separate-stderr calconv -t jdn -o '%Y' -F "$T/in"
	assert_output "$want"
}

@test "a -o format close to the default notation keeps its own writing" {
	run -0 --separate-stderr calconv -t persian -o '%_Y-%m-%d' 0622-03-21
	assert_output '   1-01-01'
	run -0 --separate-stderr calconv -t persian -o '%Y-%m-%d ' 2024-03-20
	assert_output '1403-01-01 '
	run -0 --separate-stderr calconv -t persian -o '%Y-%m-%-d' 2024-03-20
	assert_output '1403-01-1'
	run -0 --separate-stderr calconv -t persian -o '%Y-%m-%d' \
	    --digits=native 2024-03-20
	assert_output '۱۴۰۳-۰۱-۰۱'
	run -0 --separate-stderr calconv -t iso-week -o '%Y-W%m-%-d' 2024-03-20
	assert_output '2024-W12-3'
}

@test "a file's month names read by one -p format convert as operands do" {
	# What the plainest reading takes, and what it leaves to the general
	# reader: blanks around or doubled, case, abbreviations, signs,
	# leading zeros, a CR, dates that are none.
	dates=('27 May 1621' '09 April 2108' '7 may 1621' '27 MAY 1621'
	    '27  May 1621' '27 Sep 1621' '27 Sept 1621' '27 May -1621'
	    '27 May 0000001621' '31 June 2000' '29 February 2023'
	    '27 May1621' '27 Mayo 1621')
	printf '%s\n' "${dates[@]}" >"$T/in"
	for t in persian jdn,islamic-umalqura; do
		run --separate-stderr calconv -p '%d %B %Y' -t "$t" \
		    "${dates[@]}"
		want=$output wantst=$status
		wanterr=$(printf '%s\n' "$stderr" | sed 's/^calconv: /&X: /')
		run --separate-stderr calconv -p '%d %B %Y' -t "$t" -F "$T/in"
		assert_equal "$status" "$wantst"
		assert_output "$want"
		# The same messages, with the file and line.
		assert_equal "$(printf '%s\n' "$stderr" |
		    sed "s|^calconv: $T/in:[0-9]*:|calconv: X:|")" "$wanterr"
	done
	# Blanks around a record's date are kept, a CR with its newline.
	printf ' 27 May 1621\n3 June 2000 \r\n' >"$T/blanks"
	run -0 --separate-stderr calconv -p '%d %B %Y' -t gregorian \
	    -F "$T/blanks"
	assert_output "$(printf ' 1621-05-27\n2000-06-03 \r')"
}

@test "a date outside the target's range is refused on the -p batch path too" {
	printf '%s\n' '11 November 1882' '12 November 1882' >"$T/in"
	run -1 --separate-stderr calconv -p '%d %B %Y' -t islamic-umalqura \
	    -F "$T/in"
	assert_output "$(printf '%s\n' '11 November 1882' 1300-01-01)"
	assert_stderr "calconv: $T/in:1: '11 November 1882' is out of range for islamic-umalqura: outside its supported range 1300-01-01..1600-12-30 (1882-11-12..2174-11-25 in gregorian)"
}
