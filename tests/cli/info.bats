#!/usr/bin/env bats
#
# info.bats: --info CAL:YEAR (leap status, length, each month's name,
# length and Gregorian span) and --info CAL:YEAR-MM (a month grid, weeks
# as rows, from Saturday for persian and the Islamic calendars and from
# Monday otherwise), in the language of -L and with --digits.
#
# Expected facts: the official Nowruz table for persian (every year of
# it), python3-convertdate for islamic-civil when it is installed, and
# weekdays by hand: 2024-03-20 (1 Farvardin 1403) is a Wednesday,
# 2024-02-01 a Thursday, 2024-03-11 (1 Ramadan 1445) a Monday, as date(1)
# and the weekday rule RD mod 7 agree.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# Trailing blanks of each line of $output off (the centred title and a
# short last week may end in blanks).
trimmed() {
	sed 's/[[:blank:]]*$//' <<<"$output"
}

# grid_rows FIRST LEN WIDTH: the weeks of a month grid whose day 1 is in
# column FIRST (1..7) and that has LEN days, each number right-aligned in
# WIDTH columns, one blank between columns, trailing blanks trimmed.
grid_rows() {
	local first=$1 len=$2 w=$3 col d line=
	for ((col = 1; col < first; col++)); do
		line+=$(printf "%*s " "$w" "")
	done
	col=$first
	for ((d = 1; d <= len; d++)); do
		line+=$(printf "%*s" "$w" "$d")
		if ((col == 7 || d == len)); then
			printf '%s\n' "${line%"${line##*[! ]}"}"
			line= col=1
		else
			line+=' '
			((col++))
		fi
	done
}

# --- a year ------------------------------------------------------------------

@test "--info persian:1403 lists the twelve months of the leap year 1403" {
	# 1403 starts at Nowruz 2024-03-20 and 1404 at 2025-03-21 (official
	# table): 366 days, so Esfand has 30.
	run -0 --separate-stderr calconv --info persian:1403
	assert_output 'persian 1403: leap year, 366 days, 12 months
 1  Farvardin    31 days  2024-03-20..2024-04-19
 2  Ordibehesht  31 days  2024-04-20..2024-05-20
 3  Khordad      31 days  2024-05-21..2024-06-20
 4  Tir          31 days  2024-06-21..2024-07-21
 5  Mordad       31 days  2024-07-22..2024-08-21
 6  Shahrivar    31 days  2024-08-22..2024-09-21
 7  Mehr         30 days  2024-09-22..2024-10-21
 8  Aban         30 days  2024-10-22..2024-11-20
 9  Azar         30 days  2024-11-21..2024-12-20
10  Dey          30 days  2024-12-21..2025-01-19
11  Bahman       30 days  2025-01-20..2025-02-18
12  Esfand       30 days  2025-02-19..2025-03-20'
	assert_equal "$stderr" ""
}

@test "--info persian:Y agrees with the official table for every year of it" {
	nowruz_rows >"$T/table"
	# A year runs from its Nowruz to the day before the next one; its
	# length is the days between them.  date(1) does the arithmetic.
	cut -f2 "$T/table" | date -u -f - +%s >"$T/secs"
	tail -n +2 "$T/table" | cut -f2 | sed 's/$/ -1 day/' |
	    date -u -f - +%F >"$T/last"
	paste "$T/table" "$T/secs" <(tail -n +2 "$T/secs") "$T/last" |
	    awk -F '\t' '$4 != "" { d = ($4 - $3) / 86400
		printf "persian %s: %s year, %d days, 12 months | %s..%s\n",
		    $1, d == 366 ? "leap" : "common", d, $2, $5 }' >"$T/want"
	# The loop runs outside bats, whose debug trap makes loops slow.
	head -n -1 "$T/table" | cut -f1 | bash -c 'while read -r y; do
		"$1" --info "persian:$y" 2>&1 | awk '\''NR == 1 { h = $0 }
		    NR == 2 { f = substr($NF, 1, 10) }
		    END { print h " | " f ".." substr($NF, 13) }'\''
	done' calconv "$CALCONV" >"$T/got"
	assert_equal "$(wc -l <"$T/want")" 292
	assert_equal "$(diff "$T/want" "$T/got" | head -n 20)" ""
}

@test "--info islamic-civil:1445 gives convertdate's months" {
	convertdate_python
	run -0 --separate-stderr calconv --info islamic-civil:1445
	assert_line --index 0 'islamic-civil 1445: leap year, 355 days, 12 months'
	assert_line --index 3 ' 3  Rabiʻ I       30 days  2023-09-16..2023-10-15'
	assert_equal "$(awk 'NR > 1 { print $1, $(NF - 2), $NF }' <<<"$output")" \
	    "$("$PY" -c 'import datetime
from convertdate import islamic
d = lambda t: datetime.date(*t)
for m in range(1, 13):
	a = d(islamic.to_gregorian(1445, m, 1))
	b = d(islamic.to_gregorian(1445 + (m == 12), m % 12 + 1, 1))
	print(m, (b - a).days, "%s..%s" % (a, b - datetime.timedelta(1)))')"
	assert_equal "$stderr" ""
}

@test "--info julian:2024 gives Gregorian spans 13 days on" {
	run -0 --separate-stderr calconv --info julian:2024
	assert_line --index 0 'julian 2024: leap year, 366 days, 12 months'
	assert_line --index 1 ' 1  January    31 days  2024-01-14..2024-02-13'
	assert_line --index 2 ' 2  February   29 days  2024-02-14..2024-03-13'
	assert_line --index 12 '12  December   31 days  2024-12-14..2025-01-13'
	assert_equal "$stderr" ""
}

@test "--info gregorian:2100 is a common year, and the year may be negative" {
	run -0 --separate-stderr calconv --info gregorian:2100
	assert_line --index 0 'gregorian 2100: common year, 365 days, 12 months'
	assert_line --index 2 ' 2  February   28 days  2100-02-01..2100-02-28'
	run -0 --separate-stderr calconv --info gregorian:-44
	assert_line --index 0 'gregorian -44: leap year, 366 days, 12 months'
	assert_line --index 2 ' 2  February   29 days  -0044-02-01..-0044-02-29'
	assert_equal "$stderr" ""
}

@test "--info writes month names in the -L language" {
	run -0 --separate-stderr calconv --info julian:2024 -L de
	assert_line --index 3 ' 3  März       31 days  2024-03-14..2024-04-13'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv --info islamic-civil:1445 -L tr
	assert_line --index 9 ' 9  Ramazan         30 days  2024-03-11..2024-04-09'
	assert_equal "$stderr" ""
}

@test "--info in Persian ends each right-to-left name with a left-to-right mark" {
	run -0 --separate-stderr calconv --info persian:1403 -L fa --digits=native
	assert_line --index 0 'persian ۱۴۰۳: leap year, 366 days, 12 months'
	assert_line --index 1 " 1  فروردین"$'\u200e'"   31 days  2024-03-20..2024-04-19"
	assert_equal "$stderr" ""
}

# --- a month grid ------------------------------------------------------------

@test "--info persian:1403-01 is a month grid from Saturday" {
	# 1 Farvardin 1403 is Wednesday 2024-03-20: the fifth column.
	run -0 --separate-stderr calconv --info persian:1403-01
	assert_equal "$(trimmed)" "      Farvardin 1403
Sat Sun Mon Tue Wed Thu Fri
$(grid_rows 5 31 3)"
	assert_equal "$stderr" ""
	assert_equal "$(trimmed)" '      Farvardin 1403
Sat Sun Mon Tue Wed Thu Fri
                  1   2   3
  4   5   6   7   8   9  10
 11  12  13  14  15  16  17
 18  19  20  21  22  23  24
 25  26  27  28  29  30  31'
}

@test "--info gregorian:2024-02 is a month grid from Monday" {
	# 2024-02-01 is a Thursday; February 2024 has 29 days.
	run -0 --separate-stderr calconv --info gregorian:2024-02
	assert_equal "$(trimmed)" "       February 2024
Mon Tue Wed Thu Fri Sat Sun
$(grid_rows 4 29 3)"
	assert_equal "$stderr" ""
}

@test "--info islamic-civil:1445-09 is a month grid from Saturday" {
	local first
	convertdate_python
	# The weekday of 1 Ramadan 1445 by convertdate, 1 = Saturday.
	first=$("$PY" -c 'import datetime
from convertdate import islamic
print((datetime.date(*islamic.to_gregorian(1445, 9, 1)).weekday() + 2) % 7 + 1)')
	assert_equal "$first" 3
	run -0 --separate-stderr calconv --info islamic-civil:1445-09
	assert_equal "$(trimmed)" "       Ramadan 1445
Sat Sun Mon Tue Wed Thu Fri
$(grid_rows "$first" 30 3)"
	assert_equal "$stderr" ""
}

@test "each calendar's grid starts on its customary weekday" {
	local cal want
	while read -r cal want; do
		run -0 --separate-stderr calconv --info "$cal"
		assert_line --index 1 "$want"
		assert_equal "$stderr" ""
	done <<'EOF'
persian:1403-01 Sat Sun Mon Tue Wed Thu Fri
persian-2820:1403-01 Sat Sun Mon Tue Wed Thu Fri
islamic-civil:1445-09 Sat Sun Mon Tue Wed Thu Fri
islamic-tbla:1445-09 Sat Sun Mon Tue Wed Thu Fri
gregorian:2024-03 Mon Tue Wed Thu Fri Sat Sun
julian:2024-03 Mon Tue Wed Thu Fri Sat Sun
milankovic:2024-03 Mon Tue Wed Thu Fri Sat Sun
EOF
}

@test "a grid in Persian has Persian weekdays, columns as wide as the widest" {
	run -0 --separate-stderr calconv --info persian:1403-01 -L fa
	assert_equal "$stderr" ""
	# Seven weekday abbreviations, each followed by U+200E, from Saturday.
	local head
	head=$(sed -n 2p <<<"$output")
	assert_equal "$(tr -s ' ' <<<"${head//$'\u200e'/}" | sed 's/ $//')" \
	    'شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه'
	head=${head//[!$'\u200e']/}
	assert_equal "${#head}" 7
	# چهارشنبه, the widest, is 8 columns.
	assert_equal "$(trimmed | tail -n +3)" "$(grid_rows 5 31 8)"
	assert_equal "$(trimmed | head -n 1 | sed 's/^ *//')" "فروردین 1403"$'\u200e'
}

@test "a grid with --digits=native numbers the days natively" {
	run -0 --separate-stderr calconv --info persian:1403-01 -L fa --digits=native
	assert_equal "$(trimmed | tail -n +3)" \
	    "$(grid_rows 5 31 8 | sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/')"
	assert_equal "$stderr" ""
}

@test "a grid counts CJK weekday names as two columns each" {
	run -0 --separate-stderr calconv --info gregorian:2024-02 -L zh
	assert_line --index 1 '周一 周二 周三 周四 周五 周六 周日'
	assert_equal "$(trimmed | tail -n +3)" "$(grid_rows 4 29 4)"
	assert_equal "$stderr" ""
}

# --- errors --------------------------------------------------------------------

@test "--info without CAL: or with a bad year is a usage error" {
	local arg
	for arg in 1403 persian: persian:x persian:1403-x persian:1403-01-01; do
		run -2 --separate-stderr calconv --info "$arg"
		assert_output ''
		assert_equal "$stderr" "calconv: --info takes CAL:YEAR or CAL:YEAR-MM, not '$arg'
Try 'calconv --help' for more information."
	done
}

@test "--info with a calendar name too long for any calendar is a usage error" {
	local arg
	arg=$(printf 'a%.0s' $(seq 70)):2024
	run -2 --separate-stderr calconv --info "$arg"
	assert_output ''
	assert_equal "$stderr" "calconv: --info takes CAL:YEAR or CAL:YEAR-MM, not '$arg'
Try 'calconv --help' for more information."
}

@test "--info with an unknown calendar or a day count is a usage error" {
	run -2 --separate-stderr calconv --info aztec:5
	assert_output ''
	assert_equal "$stderr" "calconv: unknown calendar 'aztec' (calconv --list shows them)
Try 'calconv --help' for more information."
	run -2 --separate-stderr calconv --info jdn:5
	assert_output ''
	assert_equal "$stderr" "calconv: --info describes calendars of years and months, not jdn
Try 'calconv --help' for more information."
	run -2 --separate-stderr calconv --info mayan:13
	assert_output ''
	assert_equal "$stderr" "calconv: --info describes calendars of years and months, not mayan
Try 'calconv --help' for more information."
}

@test "--info with a month or year out of range is a date error, exit 1" {
	run -1 --separate-stderr calconv --info persian:1403-13
	assert_output ''
	assert_equal "$stderr" "calconv: 'persian:1403-13': month 13 out of range 1..12"
	run -1 --separate-stderr calconv --info persian:3000000000
	assert_output ''
	assert_equal "$stderr" "calconv: 'persian:3000000000': year 3000000000 out of range -2147484714..2147483472"
}

@test "--info names a month out of range by the number given" {
	local mo n
	while read -r mo n; do
		run -1 --separate-stderr calconv --info "gregorian:2024-$mo"
		assert_output ''
		assert_equal "$stderr" "calconv: 'gregorian:2024-$mo': month $n out of range 1..12"
	done <<'EOF'
13 13
00 0
-1 -1
100 100
EOF
}

@test "--info of the last year of a narrower range says which months are outside it" {
	# Qt's range ends on Julian 2147439551-10-31 = Gregorian
	# 2147483647-12-31 (errors.bats); 2147439551 is 3 mod 4, a common
	# Julian year: January to October have 304 days.
	run -0 --separate-stderr calconv --info julian:2147439551
	assert_line --index 0 'julian 2147439551: 304 days in the supported range, 12 months'
	assert_line --index 10 '10  October    31 days  2147483647-12-01..2147483647-12-31'
	assert_line --index 11 '11  November   outside the supported range'
	assert_line --index 12 '12  December   outside the supported range'
	assert_equal "${#lines[@]}" 13
	assert_equal "$stderr" ""
}

@test "--digits=ascii leaves a grid's numbers in ASCII" {
	run -0 --separate-stderr calconv --info gregorian:2024-02 --digits=ascii
	assert_output "$(calconv --info gregorian:2024-02)"
	assert_line --index 2 '              1   2   3   4'
	assert_equal "$stderr" ""
}

@test "--info takes calendar aliases" {
	run -0 --separate-stderr calconv --info jalali:1403-01
	assert_line --index 0 --regexp '^ *Farvardin 1403 *$'
	assert_equal "$stderr" ""
}
