#!/usr/bin/env bats
#
# stdin.bats: reading dates line by line from standard input and -F files;
# what passes through unchanged (line ends, blanks, blank lines).
#
# Dates: Reingold & Dershowitz's sample data (Calendrical Calculations,
# appendix C): Gregorian 1992-03-17 = Julian 1992-03-04, 2094-07-18 =
# 2094-07-05, 1648-06-10 = 1648-05-31.  Otherwise GNU date.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "without operands, each line of standard input is converted in order" {
	printf '1992-03-17\n2094-07-18\n1648-06-10\n' >"$T/in"
	run -0 --separate-stderr calconv -t julian <"$T/in"
	assert_output "$(printf '1992-03-04\n2094-07-05\n1648-05-31')"
	refute_stderr
}

@test "a bad line is kept, reported as -:LINE, and the next line is still converted" {
	printf '2024-02-30\n2024-03-01\n' >"$T/in"
	# 2024-03-01 is Julian 2024-02-17 (13 days behind, 1900-03-01..2100-02-28).
	run -1 --separate-stderr calconv -t julian <"$T/in"
	assert_output "$(printf '2024-02-30\n2024-02-17')"
	assert_stderr "calconv: -:1: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)"
}

@test "-F reads a file, and repeated -F files are read in the order given" {
	printf '1992-03-17\n' >"$T/a"
	printf '2094-07-18\n1648-06-10\n' >"$T/b"
	run -0 --separate-stderr calconv -t julian -F "$T/b" --file "$T/a" -F "$T/b"
	assert_output "$(printf '2094-07-05\n1648-05-31\n1992-03-04\n2094-07-05\n1648-05-31')"
	refute_stderr
}

@test "-F - reads standard input in its place among the files" {
	printf '1992-03-17\n' >"$T/a"
	printf '2094-07-18\n' >"$T/b"
	printf '1648-06-10\n' >"$T/in"
	run -0 --separate-stderr calconv -t julian -F "$T/a" -F - -F "$T/b" <"$T/in"
	assert_output "$(printf '1992-03-04\n1648-05-31\n2094-07-05')"
	refute_stderr
}

@test "-F - alone reads standard input" {
	printf '1992-03-17\n' >"$T/in"
	run -0 --separate-stderr calconv -t julian -F - <"$T/in"
	assert_output '1992-03-04'
	refute_stderr
}

@test "a missing file is reported, the other files are still converted, and the status is 2" {
	printf '1992-03-17\n' >"$T/a"
	printf '2094-07-18\n' >"$T/b"
	run -2 --separate-stderr calconv -t julian -F "$T/a" -F "$T/missing" -F "$T/b"
	assert_output "$(printf '1992-03-04\n2094-07-05')"
	assert_stderr "calconv: $T/missing: No such file or directory"
}

@test "a bad date in a file is reported with the file name and line" {
	printf '1992-03-17\n2024-02-30\n' >"$T/in"
	run -1 --separate-stderr calconv -t julian -F "$T/in"
	assert_output "$(printf '1992-03-04\n2024-02-30')"
	assert_stderr "calconv: $T/in:2: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)"
}

@test "line numbers start again in each file" {
	printf '1992-03-17\n2023-02-29\n' >"$T/a"
	printf '2023-02-30\n' >"$T/b"
	run -1 --separate-stderr calconv -t julian -F "$T/a" -F "$T/b"
	assert_output "$(printf '1992-03-04\n2023-02-29\n2023-02-30')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: $T/a:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)" \
	    "calconv: $T/b:1: '2023-02-30' is not a date in gregorian: day 30 out of range 1..28 (2023 is not a leap year)")"
}

@test "CRLF line ends are kept, and the CR is not part of the date" {
	printf '1992-03-17\r\n2023-02-29\r\n2094-07-18\r\n' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -t julian -F "$T/in"
	assert_output ''
	assert_stderr "calconv: $T/in:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	assert_bytes "$T/out" '1992-03-04\r\n2023-02-29\r\n2094-07-05\r\n'
}

@test "a last line without a newline is converted and still has none" {
	printf '1992-03-17\n2094-07-18' >"$T/in"
	run -0 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '1992-03-04\n2094-07-05'
}

@test "a bad last line without a newline is kept without one" {
	printf '1992-03-17\n2023-02-29' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	assert_stderr "calconv: -:2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	assert_bytes "$T/out" '1992-03-04\n2023-02-29'
}

@test "blank and whitespace-only lines pass through unchanged and are not errors" {
	printf '\n\n1992-03-17\n \t \n\r\n\n' >"$T/in"
	run -0 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '\n\n1992-03-04\n \t \n\r\n\n'
}

@test "blanks around a date are kept around the converted date" {
	printf '  1992-03-17\t\n\t2094-07-18 \r\n' >"$T/in"
	run -0 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" '  1992-03-04\t\n\t2094-07-05 \r\n'
}

@test "blanks around a bad date are kept and left out of the message" {
	printf ' 2023-02-29\t\n' >"$T/in"
	run -1 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	assert_stderr "calconv: -:1: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)"
	assert_bytes "$T/out" ' 2023-02-29\t\n'
}

@test "empty input gives empty output and status 0" {
	: >"$T/in"
	run -0 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	refute_stderr
	assert_bytes "$T/out" ''
}

@test "a line longer than the read buffer passes through intact" {
	{
		printf '1992-03-17\n'
		head -c 1000000 /dev/zero | tr '\0' x
		printf '\n2094-07-18\n'
	} >"$T/in"
	{
		printf '1992-03-04\n'
		head -c 1000000 /dev/zero | tr '\0' x
		printf '\n2094-07-05\n'
	} >"$T/want"
	run -1 --separate-stderr calconv_into "$T/out" -t julian <"$T/in"
	assert_output ''
	# The message quotes the start of the line, not a megabyte of it.
	assert_stderr --regexp "^calconv: -:2: 'x+[^']*' is not a date in gregorian: expected YYYY-MM-DD\$"
	((${#stderr} < 300))
	cmp -- "$T/want" "$T/out"
}

@test "line numbers stay right far past the first read buffer" {
	seq 0 99999 | awk 'NR == 77777 { print "2023-02-29"; next } { print }' >"$T/in"
	run -1 --separate-stderr calconv -f unix -t rd -F "$T/in"
	assert_stderr "calconv: $T/in:77777: '2023-02-29' is not a date in unix: expected a whole number of days"
	[ "${#lines[@]}" -eq 100000 ]
	assert_line --index 0 '719163'
	assert_line --index 77776 '2023-02-29'
	assert_line --index 99999 "$((99999 + UNIX_RD))"
}

@test "a long stream converts every line as GNU date -f does" {
	# 200001 days, 1696-03-17..2243-10-16, several read and write buffers.
	seq -100000 100000 >"$T/days"
	awk '{ printf "@%.0f\n", $1 * 86400 }' "$T/days" | date -u -f - +%F >"$T/want"
	run -0 --separate-stderr calconv_into "$T/out" -f unix -t gregorian <"$T/days"
	assert_output ''
	refute_stderr
	cmp -- "$T/want" "$T/out"
	run -0 --separate-stderr calconv_into "$T/back" -t unix -F "$T/want"
	assert_output ''
	refute_stderr
	cmp -- "$T/days" "$T/back"
}

@test "date operands are converted before the -F files" {
	printf '2094-07-18\n' >"$T/a"
	run -0 --separate-stderr calconv -t julian -F "$T/a" 1992-03-17
	assert_output "$(printf '1992-03-04\n2094-07-05')"
	refute_stderr
}
