#!/usr/bin/env bats
#
# exit-status.bats: every row of the exit status table (DESIGN.md, STYLE.md
# 5, calconv.1 EXIT STATUS):
#   0  every input converted
#   1  some dates could not be parsed or converted; the rest were
#   2  usage error (bad option or value, unknown calendar, bad format) or
#      I/O error (cannot open, read or write), including a full stdout
#
# Dates: Reingold & Dershowitz's sample data (Calendrical Calculations,
# appendix C): Gregorian 1992-03-17 = Julian 1992-03-04; Julian is 13 days
# behind from 1900-03-01 to 2100-02-28, so 2024-03-01 is Julian 2024-02-17.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}


@test "status 0 when every operand converts" {
	run -0 --separate-stderr calconv -t julian 1992-03-17 2024-03-01
	assert_output "$(printf '1992-03-04\n2024-02-17')"
	refute_stderr
}

@test "status 0 when every line converts" {
	printf '1992-03-17\n2024-03-01\n' >"$T/in"
	run -0 --separate-stderr calconv -t julian <"$T/in"
	assert_output "$(printf '1992-03-04\n2024-02-17')"
	refute_stderr
}

@test "status 1 for an invalid date, and the dates after it are still converted" {
	run -1 --separate-stderr calconv -t julian 2024-02-30 2024-03-01
	assert_output "$(printf '2024-02-30\n2024-02-17')"
	assert_stderr "calconv: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)"
}

@test "status 1 for an invalid line, and the lines after it are still converted" {
	# The example the project promises.
	printf '2024-02-30\n2024-03-01\n' >"$T/in"
	run -1 --separate-stderr calconv -t julian <"$T/in"
	assert_output "$(printf '2024-02-30\n2024-02-17')"
	assert_stderr "calconv: -:1: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)"
}

@test "status 1 for a date out of range" {
	run -1 --separate-stderr calconv -t julian 2147483648-01-01 1992-03-17
	assert_output "$(printf '2147483648-01-01\n1992-03-04')"
	assert_stderr "calconv: '2147483648-01-01' is out of range in gregorian: year 2147483648 out of range -2147483647..2147483647"
}

@test "status 1 for text that is not a date" {
	run -1 --separate-stderr calconv -t julian soon
	assert_output 'soon'
	assert_stderr "calconv: 'soon' is not a date in gregorian: expected YYYY-MM-DD"
}

@test "status 1 with -q, which only silences the message" {
	run -1 --separate-stderr calconv -q -t julian 2024-02-30 2024-03-01
	assert_output "$(printf '2024-02-30\n2024-02-17')"
	refute_stderr
}

@test "status 2 for an unknown long option, with a hint to --help and no output" {
	run -2 --separate-stderr calconv --bogus 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' "calconv: --bogus: unknown option" "$HINT")"
}

@test "status 2 for an unknown short option" {
	run -2 --separate-stderr calconv -x 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' "calconv: -x: unknown option" "$HINT")"
}

@test "status 2 for an option missing its argument" {
	run -2 --separate-stderr calconv 1992-03-17 -t
	assert_output ''
	assert_stderr "$(printf '%s\n' "calconv: -t: missing argument" "$HINT")"
}

@test "status 2 for an unknown source calendar, before any output" {
	run -2 --separate-stderr calconv -f julain 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: unknown calendar 'julain' (calconv --list shows them)" "$HINT")"
}

@test "status 2 for an unknown calendar in a -t list, before any output" {
	run -2 --separate-stderr calconv -t julian,bogus,persian 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: unknown calendar 'bogus' (calconv --list shows them)" "$HINT")"
}

@test "status 2 for an empty calendar list" {
	run -2 --separate-stderr calconv -t , 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' "calconv: option '--to' needs a calendar name" "$HINT")"
}

@test "status 2 for 'islamic', which names several calendars, listing them" {
	# The project's promise: calconv -t islamic 2024-01-01 fails with 2
	# and names islamic-civil and islamic-tbla (and now islamic-umalqura,
	# Saudi Arabia's calendar, which differs from both, and
	# islamic-observational, R&D's prediction by the crescent).
	run -2 --separate-stderr calconv -t islamic 2024-01-01
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: 'islamic' names several calendars: use one of islamic-civil, islamic-tbla, islamic-umalqura, islamic-observational" \
	    "$HINT")"
}

@test "status 2 for 'hijri' as a source calendar, listing the variants" {
	run -2 --separate-stderr calconv -f Hijri 1445-01-01
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: 'Hijri' names several calendars: use one of islamic-civil, islamic-tbla, islamic-umalqura, islamic-observational" \
	    "$HINT")"
}

@test "status 2 for an unknown calendar in a CAL:DATE operand; the other operands still convert" {
	run -2 --separate-stderr calconv -t julian bogus:1992-03-17 1992-03-17 \
	    islamic:1445-01-01
	assert_output "$(printf 'bogus:1992-03-17\n1992-03-04\nislamic:1445-01-01')"
	assert_stderr "$(printf '%s\n' \
	    "calconv: unknown calendar 'bogus' (calconv --list shows them)" "$HINT" \
	    "calconv: 'islamic' names several calendars: use one of islamic-civil, islamic-tbla, islamic-umalqura, islamic-observational" \
	    "$HINT")"
}

@test "status 2 for a CAL:DATE operand whose calendar name is longer than any" {
	local long
	long=$(printf 'x%.0s' {1..70})
	run -2 --separate-stderr calconv -t julian "$long:1992-03-17" 1992-03-17
	assert_output "$(printf '%s\n' "$long:1992-03-17" 1992-03-04)"
	# The name is cut to 60 bytes and "...": it is a calendar's name,
	# not a date in the default calendar.
	assert_stderr "$(printf '%s\n' \
	    "calconv: unknown calendar '${long:0:60}...' (calconv --list shows them)" \
	    "$HINT")"
}

@test "status 2 for a bad --on-error value" {
	run -2 --separate-stderr calconv -e maybe 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: invalid value 'maybe' for '--on-error': expected keep, skip, abort or empty" \
	    "$HINT")"
}

@test "status 2 for a bad -o format" {
	run -2 --separate-stderr calconv -o '%Y %Q' 1992-03-17
	assert_output ''
	# The wording is format.bats's business; here: one line naming the
	# directive, then the hint.
	[ "${#stderr_lines[@]}" -eq 2 ]
	assert_regex "${stderr_lines[0]}" "^calconv: .*'%Q'"
	assert_equal "${stderr_lines[1]}" "$HINT"
}

@test "status 2 and a write error message when standard output is full" {
	run -2 --separate-stderr bash -c '"$CALCONV" -t julian 1992-03-17 >/dev/full'
	assert_output ''
	assert_stderr 'calconv: write error: No space left on device'
}

@test "help, usage, --list and --info into a full device are write errors, status 2" {
	local args
	for args in --help --usage -? -h --version --list '--info gregorian:2024'; do
		# shellcheck disable=SC2086  # $args is one or two words
		run -2 --separate-stderr bash -c 'set -f; "$CALCONV" $1 >/dev/full' _ "$args"
		assert_output ''
		assert_stderr 'calconv: write error: No space left on device'
	done
}

@test "a write error on a long stream is reported once and stops calconv with status 2" {
	seq 0 300000 >"$T/days"
	run -2 --separate-stderr bash -c '"$CALCONV" -f unix -F "$1" >/dev/full' _ "$T/days"
	assert_output ''
	assert_stderr 'calconv: write error: No space left on device'
}

@test "a write error among many operands is reported once, with status 2" {
	# 64 targets a date: some 450 bytes an operand, past the 1 MiB
	# output buffer well before the last of 20000 operands.
	local to
	to=$(printf 'rd,%.0s' $(seq 63))rd
	run -2 --separate-stderr bash -c '"$CALCONV" -f unix -t "$1" $(seq 0 19999) >/dev/full' _ "$to"
	assert_output ''
	assert_stderr 'calconv: write error: No space left on device'
	# Refused operands, written as 63 tabs each by -e empty, too.
	run -2 --separate-stderr bash -c '"$CALCONV" -q -e empty -t "$1" $(printf "x%.0s " $(seq 20000)) >/dev/full' _ "$to"
	assert_output ''
	assert_stderr 'calconv: write error: No space left on device'
}

@test "a closed standard output is no error when nothing is written" {
	run -1 --separate-stderr bash -c '"$CALCONV" -e skip -t julian 2024-02-30 >&-'
	assert_output ''
	assert_stderr "calconv: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)"
}

@test "more than 64 target calendars is a usage error" {
	local to
	to=$(printf 'jdn,%.0s' $(seq 63))jdn
	run -0 --separate-stderr calconv -t "$to" 2000-01-01
	assert_output "$(printf '2451545\t%.0s' $(seq 63))2451545"
	refute_stderr
	run -2 --separate-stderr calconv -t "$to,jdn" 2000-01-01
	assert_output ''
	assert_stderr "$(printf '%s\n' "calconv: more than 64 target calendars" "$HINT")"
}

@test "status 2 for a file that cannot be opened; the other files are still read" {
	printf '1992-03-17\n' >"$T/a"
	run -2 --separate-stderr calconv -t julian -F "$T/nope" -F "$T/a"
	assert_output '1992-03-04'
	assert_stderr "calconv: $T/nope: No such file or directory"
}

@test "status 2 for a directory given as a file" {
	run -2 --separate-stderr calconv -t julian -F "$T"
	assert_output ''
	assert_stderr "calconv: $T: Is a directory"
}

@test "status 2 wins over 1 when a file is missing and a date is bad" {
	printf '2024-02-30\n' >"$T/a"
	run -2 --separate-stderr calconv -t julian -F "$T/a" -F "$T/nope"
	assert_output '2024-02-30'
	assert_stderr "$(printf '%s\n' \
	    "calconv: $T/a:1: '2024-02-30' is not a date in gregorian: day 30 out of range 1..29 (2024 is a leap year)" \
	    "calconv: $T/nope: No such file or directory")"
}

@test "-q silences neither usage errors nor I/O errors" {
	run -2 --separate-stderr calconv -q -f julain 1992-03-17
	assert_output ''
	assert_stderr "$(printf '%s\n' \
	    "calconv: unknown calendar 'julain' (calconv --list shows them)" "$HINT")"
	run -2 --separate-stderr calconv -q -F "$T/nope"
	assert_output ''
	assert_stderr "calconv: $T/nope: No such file or directory"
}

@test "status 0 for --help and --version" {
	run -0 --separate-stderr calconv --help
	assert_line --index 0 --partial 'Usage: calconv'
	refute_stderr
	run -0 --separate-stderr calconv --version
	assert_line --index 0 'calconv 0.1.0'
	refute_stderr
}
