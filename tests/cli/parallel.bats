#!/usr/bin/env bats
# calconv is a stateless line filter: GNU parallel's blocks, put back in
# order, give the same bytes as one process.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "parallel --pipe -k gives the single-process output byte for byte" {
	if ! command -v parallel >/dev/null || ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
		skip "GNU parallel is not installed (make deps installs it)"
	fi
	awk 'BEGIN { for (i = 0; i < 400000; i++)
		printf "%d %04d-%02d-%02d x\n", i, 1601 + i % 800, 1 + i % 12,
		    1 + i % 28 }' >"$BATS_TEST_TMPDIR/in"
	[ "$(wc -c <"$BATS_TEST_TMPDIR/in")" -gt 4000000 ]
	"$CALCONV" -S -t persian,jdn <"$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/one"
	parallel --will-cite --pipe --block 1M -k "$CALCONV" -S -t persian,jdn \
	    <"$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/many"
	cmp "$BATS_TEST_TMPDIR/one" "$BATS_TEST_TMPDIR/many"
}
