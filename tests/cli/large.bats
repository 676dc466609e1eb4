#!/usr/bin/env bats
# Records of any length: memory grows only to the longest record.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "a 100 MB line with dates at both ends converts in sed mode" {
	{
		printf '2000-01-01 '
		head -c 100000000 /dev/zero | tr '\0' 'x'
		printf ' 2000-01-02\n'
	} >"$BATS_TEST_TMPDIR/in"
	"$CALCONV" -S -t jdn <"$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/out"
	# 2000-01-01 is JDN 2451545 (J2000.0); each date shrinks by 3 bytes.
	[ "$(wc -c <"$BATS_TEST_TMPDIR/out")" -eq $(( $(wc -c <"$BATS_TEST_TMPDIR/in") - 6 )) ]
	[ "$(head -c 8 "$BATS_TEST_TMPDIR/out")" = '2451545 ' ]
	[ "$(tail -c 9 "$BATS_TEST_TMPDIR/out")" = " 2451546" ]
}

@test "a 100 MB line of blanks around one date converts in whole-line mode" {
	{
		head -c 50000000 /dev/zero | tr '\0' ' '
		printf '2000-01-01'
		head -c 50000000 /dev/zero | tr '\0' ' '
	} >"$BATS_TEST_TMPDIR/in"
	"$CALCONV" -t jdn <"$BATS_TEST_TMPDIR/in" | tr -d ' ' >"$BATS_TEST_TMPDIR/out"
	[ "$(cat "$BATS_TEST_TMPDIR/out")" = 2451545 ]
}
