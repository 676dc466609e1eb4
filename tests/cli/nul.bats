#!/usr/bin/env bats
#
# nul.bats: -z/--zero-terminated, records that end with NUL instead of
# newline, in and out (as sort -z, xargs -0).
#
# Dates: Reingold & Dershowitz's sample data (Calendrical Calculations,
# appendix C): Gregorian 1992-03-17 = Julian 1992-03-04 = JDN 2448699,
# 2094-07-18 = Julian 2094-07-05.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "-z ends each converted operand with NUL instead of newline" {
	run -0 --separate-stderr calconv_into "$T/out" -z -t julian 1992-03-17 \
	    2094-07-18
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '1992-03-04\0002094-07-05\000'
}

@test "--zero-terminated reads NUL-terminated records and writes them NUL-terminated" {
	printf '1992-03-17\0002094-07-18\000' >"$T/in"
	run -0 --separate-stderr calconv_into "$T/out" --zero-terminated -t julian \
	    <"$T/in"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '1992-03-04\0002094-07-05\000'
}

@test "-z keeps a last record without NUL without adding one" {
	printf '1992-03-17\0002094-07-18' >"$T/in"
	run -0 --separate-stderr calconv_into "$T/out" -z -t julian <"$T/in"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '1992-03-04\0002094-07-05'
}

@test "under -z a newline is an ordinary byte of a record" {
	printf '1992-03-17\n2094-07-18\000' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -z -t julian <"$T/in"
	assert_output ''
	assert_stderr "calconv: -:1: '1992-03-17\\x0a2094-07-18' is not a date in gregorian: expected YYYY-MM-DD"
	assert_bytes "$T/out" '1992-03-17\n2094-07-18\000'
}

@test "under -z a CR before the terminator is part of the record" {
	# Only a newline terminator owns the CR before it (stdin.bats).
	printf '1992-03-17\r\0002094-07-18\000' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -z -t julian <"$T/in"
	assert_output ''
	assert_stderr "calconv: -:1: '1992-03-17\\x0d' is not a date in gregorian: expected YYYY-MM-DD"
	assert_bytes "$T/out" '1992-03-17\r\0002094-07-05\000'
}

@test "-z counts records for the location of a bad date" {
	printf '1992-03-17\0002023-02-29\0002094-07-18\000' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -z -t julian <"$T/in"
	assert_output ''
	assert_stderr "calconv: -:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	assert_bytes "$T/out" '1992-03-04\0002023-02-29\0002094-07-05\000'
}

@test "-z with several targets separates them with tabs and ends the record with NUL" {
	run -0 --separate-stderr calconv_into "$T/out" -z -t julian,jdn 1992-03-17
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '1992-03-04\t2448699\000'
}

@test "-z with -e empty writes an empty record for a refused date" {
	run -1 --separate-stderr calconv_into "$T/out" -z -e empty -t julian \
	    2023-02-29 1992-03-17
	assert_output ''
	assert_stderr "calconv: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	assert_bytes "$T/out" '\0001992-03-04\000'
}

@test "-z applies to -F files too" {
	printf '1992-03-17\000' >"$T/a"
	printf '2094-07-18\000' >"$T/b"
	run -0 --separate-stderr calconv_into "$T/out" -z -t julian -F "$T/a" \
	    -F "$T/b"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '1992-03-04\0002094-07-05\000'
}

@test "-z output splits back into the records with xargs -0" {
	run -0 --separate-stderr bash -c \
	    '"$CALCONV" -z -t julian 1992-03-17 2094-07-18 | xargs -0 printf "<%s>\n"'
	assert_output "$(printf '<1992-03-04>\n<2094-07-05>')"
	refute_stderr
}
