# helpers.bash: loaded by every tests/cli/*.bats file after bats-support
# and bats-assert.
#
# tests/cli/run sets CALCONV to the absolute path of the binary under test
# and runs bats with LC_ALL=C.UTF-8 TZ=UTC.  Run by hand (bats tests/cli),
# the suite tests the calconv at the top of the tree in the same
# environment.
#
# The oracles here (greg_days, julian_jdn, islamic_rd, nowruz_rows) compute
# expected dates from published algorithms and tables, never from calconv.
#
# shellcheck disable=SC2034,SC2154  # constants and bats' $output used elsewhere

: "${CALCONV:=$(cd -- "$BATS_TEST_DIRNAME/../.." && pwd)/calconv}"
export CALCONV
export LC_ALL=C.UTF-8 TZ=UTC

calconv() { "$CALCONV" "$@"; }

# calconv_setup: what each file's setup() does after `load helpers`:
# load bats-support and then bats-assert, and set T to the test's
# scratch folder.
calconv_setup() {
	bats_load_library bats-support
	bats_load_library bats-assert
	T=$BATS_TEST_TMPDIR
}

# sweep_stride: how far apart the days of a sweep are: CLI_STRIDE from
# the environment, else 1.  make check's sanitizer and NDEBUG runs set
# 10, so a test that converts many days in every calendar takes every
# 10th day there; the release run and make check-full take every day.
sweep_stride() {
	local s=${CLI_STRIDE:-1}
	[[ $s =~ ^[1-9][0-9]*$ ]] || s=1
	printf '%s\n' "$s"
}

# The hint calconv adds to a usage error (status 2).
HINT="Try 'calconv --help' for more information."

# calconv_into FILE ARG...: run calconv with its standard output in FILE,
# for tests that check bytes `run` would lose (NUL, CR, final newline).
calconv_into() {
	local out=$1
	shift
	"$CALCONV" "$@" >"$out"
}

# shared_data FILE: the path of one of the published tables (see
# shared/data/README.md beside the repository), from $CALCONV_SHARED_DATA,
# else ../shared/data beside the repository, as the unit and oracle
# tests find them; or fail.
shared_data() {
	local d f
	for d in "${CALCONV_SHARED_DATA:-}" \
	    "$BATS_TEST_DIRNAME/../../../shared/data"; do
		f=$d/$1
		if [[ -n $d && -r $f ]]; then
			printf '%s\n' "$f"
			return 0
		fi
	done
	return 1
}

# The official Nowruz table: AP year and Gregorian date of 1 Farvardin,
# AP 1206-1498.
nowruz_tsv() {
	shared_data persian-nowruz-ut-1206-1498.tsv
}

# Print the table's rows without comments, or skip the test without it.
nowruz_rows() {
	local f
	f=$(nowruz_tsv) || skip "the official Nowruz table is not available"
	grep -v '^#' -- "$f"
}

# convertdate_python: set PY to a python3 that has the convertdate
# module (CALCONV_PYTHON first), or skip the test.
convertdate_python() {
	local py
	for py in ${CALCONV_PYTHON:-} /usr/bin/python3 python3; do
		if "$py" -c 'import convertdate' 2>/dev/null; then
			PY=$py
			return 0
		fi
	done
	skip "python3-convertdate is not installed"
}

# --- stderr assertions (bats-assert 2.1 has none) ------------------------

# assert_stderr [--partial | --regexp] EXPECTED: $stderr, as `run
# --separate-stderr` set it, equals (contains, matches) EXPECTED.
assert_stderr() {
	local mode=exact
	case ${1-} in
	--partial) mode=partial; shift ;;
	--regexp) mode=regexp; shift ;;
	esac
	local expected=$1 ok=0
	case $mode in
	exact) [[ $stderr == "$expected" ]] && ok=1 ;;
	partial) [[ $stderr == *"$expected"* ]] && ok=1 ;;
	regexp) [[ $stderr =~ $expected ]] && ok=1 ;;
	esac
	if ((!ok)); then
		batslib_print_kv_single_or_multi 8 \
		    "$mode" "$expected" stderr "$stderr" |
		    batslib_decorate 'stderr is not as expected' |
		    fail
	fi
}

# refute_stderr: nothing was written to standard error.
refute_stderr() {
	if [[ -n $stderr ]]; then
		batslib_print_kv_single_or_multi 8 stderr "$stderr" |
		    batslib_decorate 'stderr should be empty' |
		    fail
	fi
}

# --- byte-exact output ---------------------------------------------------

# assert_bytes FILE FORMAT [ARG...]: FILE holds exactly the bytes that
# printf FORMAT ARG... writes.
assert_bytes() {
	local file=$1
	shift
	# shellcheck disable=SC2059
	printf "$@" >"$BATS_TEST_TMPDIR/expected.bytes"
	if ! cmp -s -- "$BATS_TEST_TMPDIR/expected.bytes" "$file"; then
		{
			echo "expected bytes:"
			od -An -c -- "$BATS_TEST_TMPDIR/expected.bytes"
			echo "actual bytes:"
			od -An -c -- "$file"
		} | batslib_decorate 'output bytes differ' | fail
	fi
}

# assert_output_file FILE: $output equals FILE's contents (trailing
# newlines aside, as `run` strips them); shows a diff when not.
assert_output_file() {
	local want
	want=$(cat -- "$1")
	if [[ $output != "$want" ]]; then
		diff -- "$1" <(printf '%s\n' "$output") | head -n 40 |
		    batslib_decorate "output differs from $1 (diff expected actual)" |
		    fail
	fi
}

# --- oracles -------------------------------------------------------------

# dec N: N (optional '-', then decimal digits, maybe zero-padded as in
# "-0044") as a plain integer in REPLY; bash would read "0044" as octal.
dec() {
	REPLY=$((10#${1#-}))
	[[ $1 == -* ]] && REPLY=$((-REPLY))
	return 0
}

# floor(A / B) for B > 0, as an arithmetic expression: bash's / truncates
# toward zero.  Used as $(( FLOOR_DIV )) with a and b set.
# shellcheck disable=SC2016
FLOOR_DIV='(a - ((a % b) + b) % b) / b'

# greg_days Y M D: days from 1970-01-01 to the proleptic Gregorian date
# (astronomical year Y), by H. Hinnant's days_from_civil ("chrono-
# Compatible Low-Level Date Algorithms", 2013), valid for every year.
greg_days() {
	local y m=$((10#$2)) d=$((10#$3)) era yoe doy doe
	dec "$1"
	y=$REPLY
	((m <= 2)) && ((y -= 1))
	era=$(((y >= 0 ? y : y - 399) / 400))
	yoe=$((y - era * 400))
	doy=$(((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1))
	doe=$((yoe * 365 + yoe / 4 - yoe / 100 + doy))
	printf '%s\n' "$((era * 146097 + doe - 719468))"
}

# julian_jdn Y M D: Julian Day Number of the civil day (the JD of its noon)
# of a proleptic Julian date, astronomical year Y.  J. Meeus, Astronomical
# Algorithms (2nd ed., 1998), ch. 7, JD = INT(365.25 (Y + 4716)) +
# INT(30.6001 (M + 1)) + D + B - 1524.5 with B = 0 for the Julian
# calendar and January/February counted as months 13/14 of the year
# before; INT is floor, so the formula holds for every year.  Noon is
# JD + 0.5, hence - 1524.
julian_jdn() {
	local y m=$((10#$2)) d=$((10#$3)) a b days months
	dec "$1"
	y=$REPLY
	((m <= 2)) && ((y -= 1, m += 12))
	((a = 36525 * (y + 4716), b = 100, days = FLOOR_DIV))
	((a = 306001 * (m + 1), b = 10000, months = FLOOR_DIV))
	printf '%s\n' "$((days + months + d - 1524))"
}

# islamic_rd EPOCH Y M D: RD of a tabular Islamic date, Reingold &
# Dershowitz, Calendrical Calculations (3rd ed. ch. 6, 4th ed. ch. 7),
# fixed-from-islamic: EPOCH - 1 + 354 (Y - 1) + floor((3 + 11 Y) / 30) +
# 29 (M - 1) + floor(M / 2) + D.  EPOCH is RD 227015 (Friday 16 July 622
# Julian, the civil epoch) or 227014 (Thursday 15 July, islamic-tbla).
islamic_rd() {
	local e=$1 y m=$((10#$3)) d=$((10#$4)) a b
	dec "$2"
	y=$REPLY
	((a = 3 + 11 * y, b = 30))
	printf '%s\n' "$((e - 1 + 354 * (y - 1) + FLOOR_DIV + 29 * (m - 1) + \
	    m / 2 + d))"
}

# The day number offsets of 1970-01-01 (unix day 0): JDN 2440588 (JD
# 2440587.5 is its midnight), MJD 40587 (MJD 0 is 1858-11-17), RD 719163
# (Reingold & Dershowitz, RD 1 = 0001-01-01).
UNIX_JDN=2440588
UNIX_MJD=40587
UNIX_RD=719163

# Qt's QDate range (qtbase, src/corelib/time/qdatetime.h, minJd() and
# maxJd()), which every calconv calendar covers exactly.
QT_MIN_JD=-784350574879
QT_MAX_JD=784354017364

# run_same_day [TZ] RUN-ARG...: `run RUN-ARG...`, skipping the test when
# the date in TZ (default UTC) changed meanwhile, so relative dates can be
# compared with date(1) without a race at midnight.
run_same_day() {
	local tz=UTC before after
	if [[ $1 != -* ]]; then
		tz=$1
		shift
	fi
	before=$(TZ=$tz date +%F)
	run "$@"
	after=$(TZ=$tz date +%F)
	if [[ $before != "$after" ]]; then
		skip "the date changed while the test ran"
	fi
}

# ymd Y M D: the date written as calconv writes it: a four-digit year at
# least, with a '-' when negative, then two-digit month and day.
ymd() {
	if (($1 < 0)); then
		printf -- '-%04d-%02d-%02d\n' "$((-$1))" "$((10#$2))" "$((10#$3))"
	else
		printf '%04d-%02d-%02d\n' "$1" "$((10#$2))" "$((10#$3))"
	fi
}

# oracle SCRIPT: run the bash SCRIPT with these helpers but outside bats,
# whose debug trap makes long shell loops slow.  BATS_TEST_TMPDIR is
# passed on.
oracle() {
	BATS_TEST_DIRNAME=$BATS_TEST_DIRNAME BATS_TEST_TMPDIR=$BATS_TEST_TMPDIR \
	    bash -c 'source "$BATS_TEST_DIRNAME/helpers.bash" && eval "$1"' \
	    oracle "$1"
}
