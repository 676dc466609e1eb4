#!/usr/bin/env bats
#
# startup.bats: what calconv reads only when a run needs it.  The local
# date (the clock and the time zone) is looked up only when the input
# could name a relative day or a -p format could ask for this year; these
# tests hold the inputs that need it to date(1)'s answer.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "today after a calendar name in a CAL:DATE operand" {
	run_same_day -0 --separate-stderr calconv -t gregorian julian:today \
	    gregorian:Tomorrow
	assert_output "$(date -u +%F; date -u -d tomorrow +%F)"
	refute_stderr
}

@test "a relative day on standard input alone, with operands of digits only" {
	printf 'yesterday\n' >"$BATS_TEST_TMPDIR/in"
	run_same_day -0 --separate-stderr calconv -t gregorian \
	    <"$BATS_TEST_TMPDIR/in"
	assert_output "$(date -u -d yesterday +%F)"
	refute_stderr
	run_same_day -0 --separate-stderr calconv -t gregorian 2024-03-20 \
	    -F "$BATS_TEST_TMPDIR/in"
	assert_output "2024-03-20
$(date -u -d yesterday +%F)"
	refute_stderr
}

@test "a two-digit year of a -p format in an operand of digits only" {
	local now yy
	now=$(date -u +%Y)
	yy=$(printf '%02d' $((now % 100)))
	run_same_day -0 --separate-stderr calconv -t gregorian -o '%Y' \
	    -p '%y%m%d' "${yy}0601"
	assert_output "$now"
	refute_stderr
}

@test "the time zone is not read for an operand without a relative day" {
	command -v strace >/dev/null || skip "no strace"
	[[ -e /usr/share/zoneinfo/Europe/Paris ]] || skip "no zoneinfo"
	# Not the exit status: LeakSanitizer fails under ptrace.
	run --separate-stderr strace -f -e trace=openat \
	    -o "$BATS_TEST_TMPDIR/trace" \
	    env TZ=Europe/Paris "$CALCONV" -t persian 2024-03-20
	assert_output '1403-01-01'
	run grep -c zoneinfo "$BATS_TEST_TMPDIR/trace"
	assert_output 0
	run --separate-stderr strace -f -e trace=openat \
	    -o "$BATS_TEST_TMPDIR/trace" \
	    env TZ=Europe/Paris "$CALCONV" -t persian today
	run grep -c 'zoneinfo/Europe/Paris' "$BATS_TEST_TMPDIR/trace"
	assert_output 1
}
