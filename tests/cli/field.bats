#!/usr/bin/env bats
# --field/--delimiter: converting chosen fields, every other byte kept.
#
# Expected dates: 2000-01-01 is JDN 2451545 (IAU, J2000.0 is its noon);
# 2024-03-20 is Nowruz 1403 (official Iranian table, shared/data);
# Julian dates run 13 days behind Gregorian from 1900-03-01 to 2100-02-28
# (100, 200 .. 1900 are Julian but not Gregorian leap years, less the 2
# days of 1582's 10-day gap counted from year 0: 15 - 2 = 13).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "the third column of a CSV is converted and the rest is kept" {
	run -0 --separate-stderr calconv -k 3 -d , -t jdn <<<'7,paid,2000-01-01,12.50'
	assert_output '7,paid,2451545,12.50'
	[ -z "$stderr" ]
}

@test "the delimiter is TAB by default" {
	run -0 --separate-stderr calconv -k 2 -t persian < <(printf 'a\t2024-03-20\tz\n')
	assert_output "$(printf 'a\t1403-01-01\tz')"
}

@test "field lists take cut's forms N, N-M, N- and -M" {
	line='2000-01-01,2000-01-01,2000-01-01'
	run -0 calconv -k 1,3 -d , -t jdn <<<"$line"
	assert_output '2451545,2000-01-01,2451545'
	run -0 calconv -k 2-3 -d , -t jdn <<<"$line"
	assert_output '2000-01-01,2451545,2451545'
	run -0 calconv -k 2- -d , -t jdn <<<"$line"
	assert_output '2000-01-01,2451545,2451545'
	run -0 calconv -k -2 -d , -t jdn <<<"$line"
	assert_output '2451545,2451545,2000-01-01'
}

@test "a quoted field is converted inside its quotes, blanks around kept" {
	run -0 calconv -k 2 -d , -t jdn <<<'a, "2000-01-01" ,b'
	assert_output 'a, "2451545" ,b'
}

@test "several targets become several fields joined by the delimiter" {
	run -0 calconv -k 2 -d , -t persian,julian <<<'x,2024-03-20,y'
	assert_output 'x,1403-01-01,2024-03-07,y'
}

@test "an empty field passes through without complaint" {
	run -0 --separate-stderr calconv -k 2 -d , -t jdn <<<'a,,b'
	assert_output 'a,,b'
	[ -z "$stderr" ]
}

@test "a line with too few fields is reported and kept" {
	run -1 --separate-stderr calconv -k 3 -d , -t jdn < <(printf 'a,b\n1,2,2000-01-01\n')
	assert_output "$(printf 'a,b\n1,2,2451545')"
	[ "$stderr" = "calconv: -:1: 2 fields, but field 3 is to be converted" ]
}

@test "a bad date in a field names the field and keeps the whole line" {
	run -1 --separate-stderr calconv -k 1,2 -d , -t jdn < <(printf '2000-01-01,2023-02-29\n')
	assert_output '2000-01-01,2023-02-29'
	[ "$stderr" = "calconv: -:1: field 2: '2023-02-29' is not a date in gregorian: day 29 out of range 1..28 (2023 is not a leap year)" ]
}

@test "the error policies act on the whole record in field mode" {
	in=$(printf '1,2000-01-01\n2,2000-02-30\n3,2000-01-02\n')
	run -1 calconv -q -e skip -k 2 -d , -t jdn <<<"$in"
	assert_output "$(printf '1,2451545\n3,2451546')"
	run -1 calconv -q -e empty -k 2 -d , -t jdn <<<"$in"
	assert_output "$(printf '1,2451545\n2,\n3,2451546')"
	run -1 calconv -q -e abort -k 2 -d , -t jdn <<<"$in"
	assert_output '1,2451545'
}

@test "CRLF line ends and a last line without newline come out as they came" {
	printf '1,2000-01-01\r\n2,2000-01-02' >"$BATS_TEST_TMPDIR/in"
	calconv -k 2 -d , -t jdn -F "$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/out"
	printf '1,2451545\r\n2,2451546' | cmp - "$BATS_TEST_TMPDIR/out"
}

@test "bad field lists and delimiters are usage errors" {
	run -2 --separate-stderr calconv -k 0 -t jdn 2000-01-01
	[[ $stderr == "calconv: invalid field list '0': "* ]]
	run -2 --separate-stderr calconv -k 3-2 -t jdn 2000-01-01
	[[ $stderr == "calconv: invalid field list '3-2': "* ]]
	run -2 --separate-stderr calconv -k 1,x -t jdn 2000-01-01
	[[ $stderr == "calconv: invalid field list '1,x': "* ]]
	run -2 --separate-stderr calconv -k 99999999999 -t jdn 2000-01-01
	[[ $stderr == "calconv: invalid field list '99999999999': "* ]]
	run -2 --separate-stderr calconv -k 1-0 -t jdn 2000-01-01
	[[ $stderr == "calconv: invalid field list '1-0': "* ]]
	run -2 --separate-stderr calconv -k 2x -t jdn 2000-01-01
	[[ $stderr == "calconv: invalid field list '2x': "* ]]
	run -2 --separate-stderr calconv -k 1 -d $'\n' -t jdn 2000-01-01
	[[ $stderr == "calconv: the delimiter must be a single byte other than the record terminator, not '"$'\n'"'"* ]]
	run -2 --separate-stderr calconv -k 1 -d ',;' -t jdn 2000-01-01
	[[ $stderr == "calconv: the delimiter must be a single byte"* ]]
	run -2 --separate-stderr calconv -d , -t jdn 2000-01-01
	[[ $stderr == "calconv: --delimiter needs --field"* ]]
	run -2 --separate-stderr calconv -S -k 1 -t jdn 2000-01-01
	[[ $stderr == "calconv: --field and --sed cannot be used together"* ]]
	assert_output ''
}

@test "a million-line CSV keeps every record and every other column" {
	awk 'BEGIN { for (i = 0; i < 1000000; i++)
		printf "%d,w%d,%04d-%02d-%02d,%d.%02d\n", i, i % 97,
		    1601 + i % 800, 1 + i % 12, 1 + i % 28, i % 1000, i % 100 }' \
	    >"$BATS_TEST_TMPDIR/in.csv"
	calconv -k 3 -d , -t persian <"$BATS_TEST_TMPDIR/in.csv" >"$BATS_TEST_TMPDIR/out.csv"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/out.csv")" -eq 1000000 ]
	cut -d, -f1,2,4 "$BATS_TEST_TMPDIR/in.csv" >"$BATS_TEST_TMPDIR/a"
	cut -d, -f1,2,4 "$BATS_TEST_TMPDIR/out.csv" >"$BATS_TEST_TMPDIR/b"
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	# The converted column, converted back, is the original column.
	cut -d, -f3 "$BATS_TEST_TMPDIR/out.csv" | calconv -f persian -t gregorian >"$BATS_TEST_TMPDIR/c"
	cut -d, -f3 "$BATS_TEST_TMPDIR/in.csv" | cmp - "$BATS_TEST_TMPDIR/c"
}

@test "a field list of 64 parts is allowed, and 65 is a usage error" {
	run -1 --separate-stderr calconv -k "$(seq -s , 1 64)" -d , -t jdn <<<'2000-01-01'
	assert_output '2000-01-01'
	[ "$stderr" = "calconv: -:1: 1 field, but field 64 is to be converted" ]
	run -2 --separate-stderr calconv -k "$(seq -s , 1 65)" -d , -t jdn 2000-01-01
	assert_output ''
	[ "$stderr" = "calconv: field list '$(seq -s , 1 65)' has more than 64 parts
Try 'calconv --help' for more information." ]
}

@test "a field list -M after clustered flags is the list, not a date" {
	run -0 --separate-stderr calconv -qk -2 -d , -t jdn <<<'2000-01-01,2000-01-01,2000-01-01'
	assert_output '2451545,2451545,2000-01-01'
	[ -z "$stderr" ]
}

@test "fields listed out of order are converted, and the highest must be there" {
	run -1 --separate-stderr calconv -k 3,1 -d , -t jdn < <(printf '2000-01-01,x,2000-01-02
2000-01-01,x
')
	assert_output "$(printf '2451545,x,2451546
2000-01-01,x')"
	[ "$stderr" = "calconv: -:2: 2 fields, but field 3 is to be converted" ]
	run -0 calconv -k 2-,1 -d , -t jdn <<<'2000-01-01,2000-01-02,2000-01-03'
	assert_output '2451545,2451546,2451547'
}

@test "tabs around a field are kept like spaces, and a lone quote is part of the date" {
	run -1 --separate-stderr calconv -k 2,3 -d , -t jdn < <(printf 'a, \t2000-01-01\t ,2000-01-02\na,2000-01-01,"2000-01-01\n')
	assert_output "$(printf 'a, \t2451545\t ,2451546\na,2000-01-01,"2000-01-01')"
	[ "$stderr" = "calconv: -:2: field 3: '\"2000-01-01' is not a date in gregorian: expected YYYY-MM-DD" ]
}

@test "-e empty empties a quoted field inside its quotes, once per target" {
	run -1 --separate-stderr calconv -e empty -k 2 -d , -t jdn,julian <<<'a,"2024-02-30",b'
	assert_output 'a,"","",b'
	[ "$stderr" = "calconv: -:1: field 2: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)" ]
}

@test "-e empty empties a field that one of the targets cannot hold" {
	# The chinese calendar's range begins in 1600 (--list).
	run -1 --separate-stderr calconv -e empty -k 2 -d , -t jdn,chinese <<<'a,0001-01-01,b'
	assert_output 'a,,,b'
	[ "$stderr" = "calconv: -:1: field 2: '0001-01-01' is out of range for chinese: outside its supported range 4237-01-01..5237-12-29 (1600-02-15..2601-01-25 in gregorian)" ]
}
