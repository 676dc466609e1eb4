#!/usr/bin/env bats
# completion.bats: the bash, zsh and fish completions offer every option
# of `calconv --help`, the calendar names of `calconv --list` after -f and
# -t (comma lists too), the error policies after -e and files after -F.

bats_require_minimum_version 1.5.0

setup() {
	bats_load_library bats-support
	bats_load_library bats-assert

	CALCONV=${CALCONV:-$BATS_TEST_DIRNAME/../../calconv}
	COMPDIR=$(cd "$BATS_TEST_DIRNAME/../../completions" && pwd)
	BASH_COMPLETION=/usr/share/bash-completion/bash_completion
	[[ -x $CALCONV ]] || fail "no calconv at '$CALCONV' (run make)"

	# The completions run `calconv --list` from PATH: put the calconv
	# under test first in PATH, whatever its file is called.
	mkdir -p "$BATS_TEST_TMPDIR/bin"
	ln -sf "$(realpath "$CALCONV")" "$BATS_TEST_TMPDIR/bin/calconv"
	PATH=$BATS_TEST_TMPDIR/bin:$PATH

	# fish and zsh write no state outside the test's directory.
	export XDG_CONFIG_HOME=$BATS_TEST_TMPDIR/config
	export XDG_DATA_HOME=$BATS_TEST_TMPDIR/data
	export XDG_CACHE_HOME=$BATS_TEST_TMPDIR/cache
}

# The long options calconv --help prints, as "--from=" when they take a
# value and "--quiet" when not, one a line.
help_long_forms() {
	calconv --help |
	    sed -nE 's/^ +(-[^-], )?(--[a-z][a-z-]*=?).*/\2/p' | sort -u
}

# The long option names calconv --help prints, without "--", one a line.
help_long_options() {
	help_long_forms | sed 's/^--//; s/=$//'
}

# The short options calconv --help prints ("-f", "-?", ...), one a line.
help_short_options() {
	calconv --help | sed -nE 's/^ +(-[^- ])([, ].*)?$/\1/p' | sort -u
}

# The calendar ids of calconv --list, one a line.
list_ids() {
	calconv --list | cut -f1
}

# complete_bash fw|plain LINE: the candidates bash offers at the end of
# LINE, one a line, sorted.  fw loads bash-completion first; plain uses
# calconv.bash alone.  LINE is split into COMP_WORDS as readline does:
# at blanks, with '=' and ':' words of their own.
complete_bash() {
	local driver=$BATS_TEST_TMPDIR/complete.bash

	cat >"$driver" <<'EOF'
mode=$1 line=$2
if [[ $mode == fw ]]; then
	source "$BASH_COMPLETION" || exit 3
fi
source "$COMPDIR/calconv.bash" || exit 3
COMP_WORDS=() w=
for ((i = 0; i < ${#line}; i++)); do
	c=${line:i:1}
	case $c in
	' ')	[[ -n $w ]] && COMP_WORDS+=("$w"); w= ;;
	[=:])	[[ -n $w ]] && COMP_WORDS+=("$w"); COMP_WORDS+=("$c"); w= ;;
	*)	w+=$c ;;
	esac
done
COMP_WORDS+=("$w")
[[ $line == *[=:] ]] && unset 'COMP_WORDS[-1]'
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$line COMP_POINT=${#line}
_calconv calconv "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
((${#COMPREPLY[@]} == 0)) || printf '%s\n' "${COMPREPLY[@]}" | sort
EOF
	COMPDIR=$COMPDIR BASH_COMPLETION=$BASH_COMPLETION \
	    bash --norc --noprofile "$driver" "$1" "$2"
}

# Skip unless bash-completion is installed.
need_bash_completion() {
	[[ -r $BASH_COMPLETION ]] ||
	    skip "bash-completion is not installed ($BASH_COMPLETION)"
}

# complete_fish LINE: the candidates fish offers, one a line, sorted.
complete_fish() {
	fish --no-config -c "source '$COMPDIR/calconv.fish'; complete -C '$1'" |
	    cut -f1 | sort
}

# complete_zsh LINE: the candidates zsh offers at the end of LINE, one a
# line, sorted.  An interactive zsh runs in a pseudo-terminal (zsh/zpty)
# with compadd wrapped to print what it adds.
complete_zsh() {
	local driver=$BATS_TEST_TMPDIR/complete.zsh

	cat >"$driver" <<'EOF'
zmodload zsh/zpty || exit 3
dir=$1 line=$2
zpty z zsh -f -i
zpty -w z "PROMPT= RPROMPT= PS2=; unsetopt zle_bracketed_paste 2>/dev/null"
zpty -w z "fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false"
zpty -w z 'compadd() {
	if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
		builtin compadd "$@"; return
	fi
	local -a hits; builtin compadd -A hits "$@"; local r=$?
	(( ${#hits} )) && print -r -l -- "<hit>"${^hits} >&2
	builtin compadd "$@"; return r
}'
# The markers are split in the typed text so the echo cannot match.
zpty -w z '_done() { print -r -- "<do""ne>" >&2 }; comppostfuncs=(_done)'
zpty -w z "exec 2>/dev/tty; print -r -- '<rea''dy>'"
zpty -r z out '*<ready>*'
zpty -w -n z "$line"$'\t'
zpty -r z out '*<done>*'
zpty -d z
print -r -- "$out" | tr -d '\r' | grep -ao '<hit>[^[:cntrl:]]*' |
    sed 's/^<hit>//' | sort -u
EOF
	timeout 30 zsh -f "$driver" "$COMPDIR" "$1"
}

# --- every option, in every file ---


# The aliases starting "jal" (no calendar id does), as --list gives them,
# sorted: what completing "-f jal" must offer.
jal_aliases() {
	"$CALCONV" --list | cut -f2 | tr ',' '\n' | grep '^jal' | LC_ALL=C sort
}

@test "bash completion names every long option of --help" {
	local opt missing=
	for opt in $(help_long_options); do
		grep -qE -- "(^|[^a-z-])--$opt([^a-z-]|\$)" \
		    "$COMPDIR/calconv.bash" || missing+=" --$opt"
	done
	assert_equal "$missing" ""
}

@test "zsh completion names every long option of --help" {
	local opt missing=
	for opt in $(help_long_options); do
		grep -qE -- "(^|[^a-z-])--$opt([^a-z-]|\$)" \
		    "$COMPDIR/_calconv" || missing+=" --$opt"
	done
	assert_equal "$missing" ""
}

@test "fish completion names every long option of --help" {
	local opt missing=
	for opt in $(help_long_options); do
		grep -qE -- "-l $opt( |\$)" "$COMPDIR/calconv.fish" ||
		    missing+=" --$opt"
	done
	assert_equal "$missing" ""
}

@test "no completion file holds a calendar name of its own" {
	local id found=
	for id in $(list_ids); do
		# Names that are also ordinary words are fine, and gregorian
		# is named as the default of --from, as --help names it.
		case $id in
		ordinal | unix | rd | gregorian) continue ;;
		esac
		grep -qw -- "$id" "$COMPDIR/calconv.bash" "$COMPDIR/_calconv" \
		    "$COMPDIR/calconv.fish" && found+=" $id"
	done
	assert_equal "$found" ""
}

# --- bash ---

@test "bash offers the long options of --help after --" {
	run -0 --separate-stderr complete_bash plain 'calconv --'
	assert_output "$(help_long_forms)"
	assert_equal "$stderr" ""
}

@test "bash offers every short and long option after -" {
	local o
	run -0 --separate-stderr complete_bash plain 'calconv -'
	for o in $(help_short_options); do
		assert_line -- "$o"
	done
	for o in $(help_long_options); do
		assert_line --regexp -- "^--$o=?\$"
	done
	assert_equal "$stderr" ""
}

@test "bash completes a long option name from its start" {
	run -0 --separate-stderr complete_bash plain 'calconv --f'
	assert_output "$(help_long_forms | grep '^--f')"
	assert_equal "$stderr" ""
}

@test "bash completes -f jal to the aliases that --list has for it" {
	run -0 --separate-stderr complete_bash plain 'calconv -f jal'
	assert_output "$(jal_aliases)"
	assert_equal "$stderr" ""
}

@test "bash completes --from=jal after the equals sign" {
	run -0 --separate-stderr complete_bash plain 'calconv --from=jal'
	assert_output "$(jal_aliases)"
	assert_equal "$stderr" ""
}

@test "bash completes the part of -t persian,isl after the last comma" {
	run -0 --separate-stderr complete_bash plain 'calconv -t persian,isl'
	assert_output $'persian,islamic-civil\npersian,islamic-observational\npersian,islamic-tbla\npersian,islamic-umalqura'
	assert_equal "$stderr" ""
}

@test "bash completes --to=persian,isl after the last comma" {
	run -0 --separate-stderr complete_bash plain 'calconv --to=persian,isl'
	assert_output $'persian,islamic-civil\npersian,islamic-observational\npersian,islamic-tbla\npersian,islamic-umalqura'
	assert_equal "$stderr" ""
}

@test "bash offers every calendar of --list and all after -t" {
	run -0 --separate-stderr complete_bash plain 'calconv -t '
	assert_output "$({ list_ids; echo all; } | sort)"
	assert_equal "$stderr" ""
}

@test "bash offers every calendar of --list but not all after -f" {
	run -0 --separate-stderr complete_bash plain 'calconv -f '
	assert_output "$(list_ids | sort)"
	assert_equal "$stderr" ""
}

@test "bash offers the four error policies after -e" {
	run -0 --separate-stderr complete_bash plain 'calconv -e '
	assert_output $'abort\nempty\nkeep\nskip'
	assert_equal "$stderr" ""
}

@test "bash completes file names after -F" {
	mkdir "$BATS_TEST_TMPDIR/in"
	: >"$BATS_TEST_TMPDIR/in/dates-a.txt"
	: >"$BATS_TEST_TMPDIR/in/dates-b.txt"
	run -0 --separate-stderr complete_bash plain \
	    "calconv -F $BATS_TEST_TMPDIR/in/dat"
	assert_output "$BATS_TEST_TMPDIR/in/dates-a.txt
$BATS_TEST_TMPDIR/in/dates-b.txt"
	assert_equal "$stderr" ""
}

@test "bash takes calendar names from the calconv in PATH" {
	# A stand-in calconv whose --list names calendars no real one has.
	mkdir "$BATS_TEST_TMPDIR/fake"
	cat >"$BATS_TEST_TMPDIR/fake/calconv" <<'EOF'
#!/bin/sh
printf 'zeta\tzed,zz\tsolar\t1..2\tone\n'
printf 'zulu\t-\tlunar\t1..2\ttwo\n'
EOF
	chmod +x "$BATS_TEST_TMPDIR/fake/calconv"
	PATH=$BATS_TEST_TMPDIR/fake:$PATH run -0 --separate-stderr \
	    complete_bash plain 'calconv -t zeta,z'
	assert_output $'zeta,zeta\nzeta,zulu'
	PATH=$BATS_TEST_TMPDIR/fake:$PATH run -0 --separate-stderr \
	    complete_bash plain 'calconv -f zz'
	assert_output 'zz'
	assert_equal "$stderr" ""
}

@test "bash offers today, yesterday and tomorrow as dates" {
	run -0 --separate-stderr complete_bash plain 'calconv -f jalali t'
	assert_output $'today\ntomorrow'
	assert_equal "$stderr" ""
}

@test "bash with bash-completion completes -f jal to jalali" {
	need_bash_completion
	run -0 --separate-stderr complete_bash fw 'calconv -f jal'
	assert_output "$(jal_aliases)"
	assert_equal "$stderr" ""
}

@test "bash with bash-completion completes -t persian,isl after the comma" {
	need_bash_completion
	run -0 --separate-stderr complete_bash fw 'calconv -t persian,isl'
	assert_output $'persian,islamic-civil\npersian,islamic-observational\npersian,islamic-tbla\npersian,islamic-umalqura'
	run -0 --separate-stderr complete_bash fw 'calconv --to=persian,isl'
	assert_output $'persian,islamic-civil\npersian,islamic-observational\npersian,islamic-tbla\npersian,islamic-umalqura'
	assert_equal "$stderr" ""
}

@test "bash with bash-completion offers the policies and the options" {
	need_bash_completion
	run -0 --separate-stderr complete_bash fw 'calconv -e '
	assert_output $'abort\nempty\nkeep\nskip'
	run -0 --separate-stderr complete_bash fw 'calconv --f'
	assert_output "$(help_long_forms | grep '^--f')"
	assert_equal "$stderr" ""
}

# --- fish ---

@test "fish accepts calconv.fish" {
	command -v fish >/dev/null || skip "fish is not installed"
	run -0 --separate-stderr fish --no-config -n "$COMPDIR/calconv.fish"
	assert_output ''
	assert_equal "$stderr" ""
}

@test "fish completes -f jal to the aliases that --list has for it" {
	command -v fish >/dev/null || skip "fish is not installed"
	run -0 --separate-stderr complete_fish 'calconv -f jal'
	assert_output "$(jal_aliases)"
	assert_equal "$stderr" ""
}

@test "fish completes the part of -t persian,isl after the last comma" {
	command -v fish >/dev/null || skip "fish is not installed"
	run -0 --separate-stderr complete_fish 'calconv -t persian,isl'
	assert_line 'persian,islamic-civil'
	assert_line 'persian,islamic-tbla'
	assert_line 'persian,islamic-umalqura'
	refute_line --regexp '^[^p]'
	assert_equal "$stderr" ""
}

@test "fish offers every calendar of --list and all after -t" {
	command -v fish >/dev/null || skip "fish is not installed"
	local id
	run -0 --separate-stderr complete_fish 'calconv -t '
	for id in $(list_ids) all; do
		assert_line -- "$id"
	done
	assert_equal "$stderr" ""
}

@test "fish offers the four error policies after -e" {
	command -v fish >/dev/null || skip "fish is not installed"
	run -0 --separate-stderr complete_fish 'calconv -e '
	assert_output $'abort\nempty\nkeep\nskip'
	assert_equal "$stderr" ""
}

@test "fish offers every long option of --help after --" {
	command -v fish >/dev/null || skip "fish is not installed"
	run -0 --separate-stderr complete_fish 'calconv --'
	assert_output "$(help_long_options | sed 's/^/--/' | sort)"
	assert_equal "$stderr" ""
}

# --- zsh ---

@test "zsh accepts _calconv" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	run -0 --separate-stderr zsh -n "$COMPDIR/_calconv"
	assert_output ''
	assert_equal "$stderr" ""
}

@test "zsh completes -f jal to the aliases that --list has for it" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	zsh -fc 'zmodload zsh/zpty' 2>/dev/null ||
	    skip "zsh has no zsh/zpty module to drive completion with"
	run -0 --separate-stderr complete_zsh 'calconv -f jal'
	assert_output "$(jal_aliases)"
	assert_equal "$stderr" ""
}

@test "zsh completes the part of -t persian,isl after the last comma" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	zsh -fc 'zmodload zsh/zpty' 2>/dev/null ||
	    skip "zsh has no zsh/zpty module to drive completion with"
	run -0 --separate-stderr complete_zsh 'calconv -t persian,isl'
	assert_line 'islamic-civil'
	assert_line 'islamic-tbla'
	assert_line 'islamic-umalqura'
	refute_line --regexp '^(persian|jalali|gregorian)'
	assert_equal "$stderr" ""
}

@test "zsh offers the four error policies after -e" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	zsh -fc 'zmodload zsh/zpty' 2>/dev/null ||
	    skip "zsh has no zsh/zpty module to drive completion with"
	run -0 --separate-stderr complete_zsh 'calconv -e '
	assert_output $'abort\nempty\nkeep\nskip'
	assert_equal "$stderr" ""
}

@test "zsh offers every long option of --help after --" {
	command -v zsh >/dev/null || skip "zsh is not installed"
	zsh -fc 'zmodload zsh/zpty' 2>/dev/null ||
	    skip "zsh has no zsh/zpty module to drive completion with"
	run -0 --separate-stderr complete_zsh 'calconv --'
	assert_output "$(help_long_options | sed 's/^/--/' | sort)"
	assert_equal "$stderr" ""
}
