#!/usr/bin/env bats
#
# docs.bats: the manual and the README name every calendar calconv has.
# Each calendar id of `calconv --list` must have its entry in the man
# page's CALENDARS list (`.It Cm ID`) and a row in the README's table
# of calendars (an id in backquotes in the first column), so that a new
# backend cannot ship undocumented; and both give the number of them.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
	TOP=$BATS_TEST_DIRNAME/../..
}

# list_ids: the calendar ids of calconv --list, one a line.
list_ids() {
	calconv --list | cut -f1
}

# man_ids: the ids of the man page's CALENDARS list, one a line.
man_ids() {
	sed -n '/^\.Ss CALENDARS$/,/^\.Sh /p' "$TOP/man/calconv.1" |
	    sed -nE 's/^\.It Cm ([a-z0-9-]+).*/\1/p'
}

# readme_ids: the ids in the first column of the README's table under
# "## Calendars", one a line.
readme_ids() {
	sed -n '/^## Calendars$/,/^## /p' "$TOP/README.md" |
	    sed -nE 's/^\| *([^|]*)\|.*/\1/p' | grep -oE '`[a-z0-9-]+`' |
	    tr -d '`'
}

# missing WHAT IDS: print "WHAT lacks ID" for each id of --list not in
# IDS (one a line).
missing() {
	local what=$1 have=$2 id
	while IFS= read -r id; do
		grep -qxF -- "$id" <<<"$have" || printf '%s lacks %s\n' "$what" "$id"
	done < <(list_ids)
}

# assert_names_every_calendar WHAT IDS: IDS (one a line) has every id
# of --list; else the output names those WHAT lacks.
assert_names_every_calendar() {
	run -0 --separate-stderr missing "$1" "$2"
	assert_output ''
	assert_equal "$stderr" ""
}

@test "the README and the man page give the number of calendars --list has" {
	local n
	n=$(list_ids | wc -l)
	run -0 --separate-stderr grep -c "between $n calendar systems" \
	    "$TOP/README.md"
	assert_output 1
	run -0 --separate-stderr grep -c "one or more others, among $n:" \
	    "$TOP/man/calconv.1"
	assert_output 1
	assert_equal "$stderr" ""
}

@test "every calendar of --list has an entry in the man page's CALENDARS" {
	assert_names_every_calendar "man/calconv.1 CALENDARS" "$(man_ids)"
}

@test "every calendar of --list has a row in the README's calendar table" {
	assert_names_every_calendar "README.md Calendars" "$(readme_ids)"
}
