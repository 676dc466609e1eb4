#!/usr/bin/env bats
#
# pipe.bats: calconv as a filter in a pipeline whose reader goes away.
#
# calconv keeps the default SIGPIPE disposition, as cat, sed and date do:
# when the reader of its output exits early (`calconv ... | head -n1`), the
# next write kills calconv with SIGPIPE, silently, and the shell sees
# status 141 (128 + SIGPIPE 13) for it in PIPESTATUS; with set -o
# pipefail the pipeline fails with 141 too.  When SIGPIPE is ignored (a
# parent did `trap '' PIPE`), the write fails with EPIPE instead: calconv
# stops reading, says nothing (the reader is gone, so the failure is no
# news) and exits 2, the status of an I/O error.
#
# Each test sets the disposition it means with env --default-signal or
# --ignore-signal (GNU coreutils 8.31), so it holds whatever bats inherits.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
	env --default-signal=PIPE true 2>/dev/null ||
	    skip "env has no --default-signal (coreutils < 8.31)"
	# 500001 days: about 5.5 MB of output, far more than a pipe holds.
	seq 0 500000 >"$T/days"
}

@test "calconv | head -n1 on a large input ends quietly, calconv killed by SIGPIPE (141)" {
	run -0 --separate-stderr bash -c '
		env --default-signal=PIPE "$CALCONV" -f unix -t gregorian <"$1" |
		    head -n1
		echo "status ${PIPESTATUS[*]}"' _ "$T/days"
	assert_output "$(printf '1970-01-01\nstatus 141 0')"
	refute_stderr
}

@test "calconv | head -n1 with several targets and -F also ends quietly" {
	run -0 --separate-stderr bash -c '
		env --default-signal=PIPE "$CALCONV" -f unix -t all -F "$1" |
		    head -n1 | cut -f1
		echo "status ${PIPESTATUS[*]}"' _ "$T/days"
	assert_output "$(printf '1970-01-01\nstatus 141 0 0')"
	refute_stderr
}

@test "with SIGPIPE ignored, a closed pipe stops calconv quietly with status 2" {
	run -0 --separate-stderr bash -c '
		env --ignore-signal=PIPE "$CALCONV" -f unix -t gregorian <"$1" |
		    head -n1
		echo "status ${PIPESTATUS[*]}"' _ "$T/days"
	assert_output "$(printf '1970-01-01\nstatus 2 0')"
	refute_stderr
}

@test "a reader that takes everything gets every line and calconv exits 0" {
	run -0 --separate-stderr bash -c '
		env --default-signal=PIPE "$CALCONV" -f unix -t gregorian <"$1" |
		    tail -n1
		echo "status ${PIPESTATUS[*]}"' _ "$T/days"
	# Unix day 500000 by GNU date.
	assert_output "$(printf '%s\nstatus 0 0' "$(date -u -d @$((500000 * 86400)) +%F)")"
	refute_stderr
}

@test "split over GNU parallel --pipe -k, the output equals a single run" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	local n block
	# Every day, in blocks of 256 KiB; with a sweep stride, every nth
	# day in blocks n times smaller, as many blocks over the same years.
	n=$(sweep_stride)
	block=$((256 * 1024 / n))
	seq 0 "$n" 500000 >"$T/sweep"
	"$CALCONV" -f unix -t all <"$T/sweep" >"$T/one"
	run -0 --separate-stderr bash -c '
		parallel --will-cite --pipe -k --block "$3" -j 4 "$CALCONV" -f unix -t all \
		    <"$1" >"$2"' _ "$T/sweep" "$T/many" "$block"
	assert_output ''
	refute_stderr
	cmp -- "$T/one" "$T/many"
}
