#!/usr/bin/env bats
#
# policy.bats: -e/--on-error=keep|skip|abort|empty, what takes the place of
# a date that cannot be converted, on standard input and for operands.
# Every policy reports the date and ends with status 1.
#
# Dates: Reingold & Dershowitz's sample data (Calendrical Calculations,
# appendix C): Gregorian 1992-03-17 = Julian 1992-03-04 = JDN 2448699 =
# MJD 48698; 2094-07-18 = Julian 2094-07-05 = JDN 2486077 = MJD 86076.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
	printf '1992-03-17\n  2023-02-29 \n2094-07-18\n' >"$T/in"
	MSG_LINE="calconv: -:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	MSG_ARG="calconv: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	ABORT="calconv: stopped at the first bad date (--on-error=abort)"
}

@test "by default a bad line is written unchanged (keep)" {
	run -1 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	assert_stderr "$MSG_LINE"
	assert_bytes "$T/out" '1992-03-04\n  2023-02-29 \n2094-07-05\n'
}

@test "-e keep writes a bad line unchanged, like the default" {
	run -1 --separate-stderr calconv_into "$T/out" -e keep -t julian <"$T/in"
	assert_output ''
	assert_stderr "$MSG_LINE"
	assert_bytes "$T/out" '1992-03-04\n  2023-02-29 \n2094-07-05\n'
}

@test "-e skip drops a bad line and converts the rest" {
	run -1 --separate-stderr calconv_into "$T/out" -e skip -t julian <"$T/in"
	assert_output ''
	assert_stderr "$MSG_LINE"
	assert_bytes "$T/out" '1992-03-04\n2094-07-05\n'
}

@test "-e abort stops at a bad line, after writing the lines before it" {
	run -1 --separate-stderr calconv_into "$T/out" -e abort -t julian <"$T/in"
	assert_output ''
	assert_stderr "$(printf '%s\n' "$MSG_LINE" "$ABORT")"
	assert_bytes "$T/out" '1992-03-04\n'
}

@test "-e abort stops at a bad last line without a newline, and reads no further file" {
	printf '1992-03-17\n2023-02-29' >"$T/a"
	printf '2094-07-18\n' >"$T/b"
	run -1 --separate-stderr calconv -e abort -t julian -F "$T/a" -F "$T/b"
	assert_output '1992-03-04'
	assert_stderr "$(printf '%s\n' \
	    "calconv: $T/a:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)" \
	    "$ABORT")"
}

@test "-e abort does not read the files after the one with the bad line" {
	printf '2094-07-18\n' >"$T/b"
	run -1 --separate-stderr calconv -e abort -t julian -F "$T/in" -F "$T/b"
	assert_output '1992-03-04'
	assert_stderr "$(printf '%s\n' \
	    "calconv: $T/in:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)" \
	    "$ABORT")"
}

@test "-e empty writes an empty field for a bad date, keeping the blanks around it" {
	run -1 --separate-stderr calconv_into "$T/out" -e empty -t julian <"$T/in"
	assert_output ''
	assert_stderr "$MSG_LINE"
	assert_bytes "$T/out" '1992-03-04\n   \n2094-07-05\n'
}

@test "-e empty with several targets writes one empty field each, tab-separated" {
	run -1 --separate-stderr calconv_into "$T/out" --on-error=empty \
	    -t julian,jdn,mjd <"$T/in"
	assert_output ''
	assert_stderr "$MSG_LINE"
	assert_bytes "$T/out" \
	    '1992-03-04\t2448699\t48698\n  \t\t \n2094-07-05\t2486077\t86076\n'
}

@test "-e keep with operands writes a bad operand unchanged" {
	run -1 --separate-stderr calconv -e keep -t julian,jdn 1992-03-17 \
	    2023-02-29 2094-07-18
	assert_output "$(printf '1992-03-04\t2448699\n2023-02-29\n2094-07-05\t2486077')"
	assert_stderr "$MSG_ARG"
}

@test "-e skip with operands drops a bad operand" {
	run -1 --separate-stderr calconv -e skip -t julian,jdn 1992-03-17 \
	    2023-02-29 2094-07-18
	assert_output "$(printf '1992-03-04\t2448699\n2094-07-05\t2486077')"
	assert_stderr "$MSG_ARG"
}

@test "-e abort with operands stops at a bad operand" {
	run -1 --separate-stderr calconv -e abort -t julian,jdn 1992-03-17 \
	    2023-02-29 2094-07-18
	assert_output "$(printf '1992-03-04\t2448699')"
	assert_stderr "$(printf '%s\n' "$MSG_ARG" "$ABORT")"
}

@test "-e abort with operands does not go on to standard input" {
	run -1 --separate-stderr calconv -e abort -t julian 2023-02-29 -F - <"$T/in"
	assert_output ''
	assert_stderr "$(printf '%s\n' "$MSG_ARG" "$ABORT")"
}

@test "-e empty with operands writes an empty line, or tabs for several targets" {
	run -1 --separate-stderr calconv_into "$T/out" -e empty -t julian \
	    1992-03-17 2023-02-29
	assert_output ''
	assert_stderr "$MSG_ARG"
	assert_bytes "$T/out" '1992-03-04\n\n'
	run -1 --separate-stderr calconv_into "$T/out" -e empty \
	    -t julian,jdn,mjd 1992-03-17 2023-02-29 2094-07-18
	assert_output ''
	assert_stderr "$MSG_ARG"
	assert_bytes "$T/out" \
	    '1992-03-04\t2448699\t48698\n\t\t\n2094-07-05\t2486077\t86076\n'
}

@test "-e skip with -q drops bad lines silently and still exits 1" {
	run -1 --separate-stderr calconv -q -e skip -t julian <"$T/in"
	assert_output "$(printf '1992-03-04\n2094-07-05')"
	refute_stderr
}

@test "a policy applies to out-of-range dates and invalid UTF-8 alike" {
	printf '2147483648-01-01\n\377\n1992-03-17\n' >"$T/bad"
	run -1 --separate-stderr calconv -e skip -t julian -F "$T/bad"
	assert_output '1992-03-04'
	assert_stderr "$(printf '%s\n' \
	    "calconv: $T/bad:1: '2147483648-01-01' is out of range in gregorian: year 2147483648 out of range -2147483647..2147483647" \
	    "calconv: $T/bad:2: '\\xff' is not a date in gregorian: invalid UTF-8 at byte 1")"
}
