#!/usr/bin/env bats
#
# input-format.bats: -p/--input-format.  Every directive read back, month
# and weekday names in every language of the source calendar (case,
# Latin diacritics and the 'ayn/apostrophe signs ignored), decimal digits
# of any one script per number, Hebrew and Ge'ez numerals, the weekday
# check, several formats tried in order, -S and -k with -p, and the usage
# errors of bad formats (-p and the %O/%E forms of -o).
#
# Expected dates: the official Nowruz table (../shared/data beside the
# repository, see its README) for Persian dates; python3-convertdate,
# when installed, for Islamic ones; ISO 8601 arithmetic done by hand in
# the comments for the rest.  Names are CLDR's (see names.bats for how
# they were checked).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# A Python that imports convertdate, in $PY, or skip the test.
# The official Nowruz table's rows (AP year, Gregorian date), or skip.
# ASCII digits on stdin to Persian (U+06F0..U+06F9) ones.
to_persian_digits() {
	sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/'
}

# expect_usage_error MESSAGE ARG...: calconv ARG... is a usage error
# (status 2, nothing on stdout) with MESSAGE and the --help pointer.
expect_usage_error() {
	local msg=$1
	shift
	run -2 --separate-stderr calconv "$@"
	assert_output ''
	assert_equal "$stderr" "calconv: $msg
Try 'calconv --help' for more information."
}

# --- the promises ------------------------------------------------------------

@test "'۱ فروردین ۱۴۰۳' read by '%d %B %Y' with -L fa is 2024-03-20" {
	run -0 --separate-stderr calconv -f persian -p '%d %B %Y' -L fa \
	    '۱ فروردین ۱۴۰۳'
	assert_output '2024-03-20'
	assert_equal "$stderr" ""
}

@test "names are read in every language of the calendar, whatever -L says" {
	local l
	for l in en fa de; do
		run -0 --separate-stderr calconv -f persian -p '%d %B %Y' -L "$l" \
		    '۱ فروردین ۱۴۰۳' '1 Farvardin 1403'
		assert_output $'2024-03-20\n2024-03-20'
		assert_equal "$stderr" ""
	done
}

@test "every official Nowruz, AP 1206-1498, reads from Persian script" {
	nowruz_rows >"$T/table"
	cut -f1 "$T/table" | to_persian_digits | sed 's/^/۱ فروردین /' >"$T/in"
	run -0 --separate-stderr calconv -f persian -p '%d %B %Y' -L fa -F "$T/in"
	assert_output "$(cut -f2 "$T/table")"
	assert_equal "$stderr" ""
}

@test "every official Nowruz is written back as ۱ فروردین in Persian digits" {
	nowruz_rows >"$T/table"
	cut -f2 "$T/table" >"$T/in"
	run -0 --separate-stderr calconv -t persian -o '%-Od %B %OY' -L fa -F "$T/in"
	assert_output "$(cut -f1 "$T/table" | to_persian_digits |
	    sed 's/^/۱ فروردین /')"
	assert_equal "$stderr" ""
}

# --- every directive -------------------------------------------------------

@test "each numeric directive reads back what -o writes" {
	local fmt in want
	# 2024-03-20: day 80 of the year, JDN 2460390, Wednesday (u 3, w 3),
	# ISO 2024-W12-3; ISO week 12 starts on Monday 2024-03-18.
	while IFS=$'\t' read -r fmt in want; do
		run -0 --separate-stderr calconv -t gregorian -p "$fmt" -- "$in"
		assert_output "$want"
		assert_equal "$stderr" ""
	done <<'EOF'
%Y-%m-%d	2024-03-20	2024-03-20
%Y-%m-%d	2024-3-5	2024-03-05
%Y%m%d	20240320	2024-03-20
%d.%m.%Y	05.03.2024	2024-03-05
%e.%m.%Y	 5.03.2024	2024-03-05
%e.%m.%Y	5.03.2024	2024-03-05
%-d/%-m/%Y	5/3/2024	2024-03-05
%Y-%j	2024-080	2024-03-20
%j %Y	366 2024	2024-12-31
%J	2460390	2024-03-20
%G-W%V-%u	2024-W12-3	2024-03-20
%G-W%V	2024-W12	2024-03-18
%G-W%V-%u	2009-W01-1	2008-12-29
%u %Y-%m-%d	3 2024-03-20	2024-03-20
%w %Y-%m-%d	3 2024-03-20	2024-03-20
%Y%%%m%%%d	2024%03%20	2024-03-20
%Y%t%m%n%d	2024 03 20	2024-03-20
%B %Y	March 2024	2024-03-01
%Y-%m-%d	-0043-03-15	-0043-03-15
EOF
}

@test "numbers and names padded with spaces read back with the same format" {
	# -o '%_d|%_m|%Y' writes 2024-03-05 as " 5| 3|2024", and -o '%8B|%Y'
	# as "   March|2024".
	run -0 --separate-stderr calconv -t gregorian -o '%_d|%_m|%Y' 2024-03-05
	assert_output ' 5| 3|2024'
	run -0 --separate-stderr calconv -t gregorian -p '%_d|%_m|%Y' ' 5| 3|2024'
	assert_output '2024-03-05'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -o '%8B|%Y' 2024-03-05
	assert_output '   March|2024'
	run -0 --separate-stderr calconv -t gregorian -p '%8B|%Y' '   March|2024'
	assert_output '2024-03-01'
	assert_equal "$stderr" ""
}

@test "no-break spaces and direction marks around names are blanks" {
	# U+00A0 and U+202F (CLDR's formats use both), U+200E and U+200F
	# (written around right-to-left names in left-to-right text).
	run -0 --separate-stderr calconv -t gregorian -p '%d %B %Y' \
	    $'1\u00a0January\u202f2024' $'\u200f1 January\u200e 2024' \
	    $'1 January\u200f\u00a02024'
	assert_output "$(printf '2024-01-01\n%.0s' 1 2 3)"
	assert_equal "$stderr" ""
	# 1 Farvardin 1403 is 2024-03-20 (the official Nowruz table).
	run -0 --separate-stderr calconv -f persian -L fa -p '%d %B %Y' \
	    $'۱ فروردین\u200f ۱۴۰۳'
	assert_output '2024-03-20'
	assert_equal "$stderr" ""
}

@test "%y is the year nearest to this one: from 50 years back to 49 ahead" {
	local now yy
	now=$(date -u +%Y)
	yy=$(printf '%02d' $(((now - 50) % 100)))
	run -0 --separate-stderr calconv -t gregorian -o '%Y' -p '%y-%m-%d' \
	    "$yy-06-01"
	assert_output "$((now - 50))"
	yy=$(printf '%02d' $(((now + 49) % 100)))
	run -0 --separate-stderr calconv -t gregorian -o '%Y' -p '%y-%m-%d' \
	    "$yy-06-01"
	assert_output "$((now + 49))"
	assert_equal "$stderr" ""
}

@test "%EY, %Ey with %E or %EC read the year of an era" {
	local fmt in
	while IFS=$'\t' read -r fmt in; do
		run -0 --separate-stderr calconv -t gregorian -p "$fmt" -- "$in"
		assert_output -- '-0043-03-15'
		assert_equal "$stderr" ""
	done <<'EOF'
%EY %m %d	44 BC 03 15
%Ey %E %m %d	44 BC 03 15
%m/%d/%Ey %EC	03/15/44 BC
%d %B %EY	15 mars 44 av. J.-C.
%d %B %Ey %EC	15 März 44 v. Chr.
EOF
	run -0 --separate-stderr calconv -t gregorian -p '%EY %m %d' \
	    '2024 AD 03 20'
	assert_output '2024-03-20'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -f persian -t persian -p '%EY/%m/%d' \
	    '1403 AP/01/01' '1403 ه‍.ش./01/01'
	assert_output $'1403-01-01\n1403-01-01'
	assert_equal "$stderr" ""
}

@test "%Ey reads a year of the era of any length, as -o writes it" {
	run -0 --separate-stderr calconv -t gregorian -o '%Ey %E %m %d' -- -0500-01-01
	assert_output '501 BC 01 01'
	run -0 --separate-stderr calconv -t gregorian -p '%Ey %E %m %d' '501 BC 01 01'
	assert_output -- '-0500-01-01'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -p '%d %B %Ey %E' '01 Jan 2024 AD'
	assert_output '2024-01-01'
	assert_equal "$stderr" ""
}

@test "era directives of a calendar without eras read back what -o writes" {
	# A day count has no era names: -o writes %EY and %Ey as the count
	# and %EC as nothing, so -p reads them so.
	local cal
	for cal in jdn dublin unix; do
		run -0 calconv -t "$cal" -o '%-d %b %EY %EC%Ey' 2024-03-20
		run -0 calconv -f "$cal" -p '%-d %b %EY %EC%Ey' -t gregorian "$output"
		assert_output 2024-03-20
	done
}

@test "%EY wants the era" {
	run -1 --separate-stderr calconv -t gregorian -p '%EY %m %d' '2024 03 20'
	assert_output '2024 03 20'
	assert_equal "$stderr" "calconv: '2024 03 20' is not a date in gregorian: does not match the input format '%EY %m %d'"
}

@test "a year without an era in a one-era calendar may be negative, as -o writes it" {
	# -o '%EY' writes Persian year -621 as "-621 AP" (0001-01-01
	# Gregorian is 11 Dey -621 AP); the same format must read it.
	run -0 --separate-stderr calconv -t persian -o '%EY %m %d' 0001-01-01
	assert_output '-621 AP 10 11'
	run -0 --separate-stderr calconv -f persian -t gregorian \
	    -p '%EY %m %d' -- '-621 AP 10 11'
	assert_output '0001-01-01'
	assert_equal "$stderr" ""
}

@test "%B %b %h %A %a read names in many languages" {
	local cal fmt in
	while IFS=$'\t' read -r cal fmt in; do
		run -0 --separate-stderr calconv -f "$cal" -t gregorian -p "$fmt" \
		    -- "$in"
		assert_output '2024-03-20'
		assert_equal "$stderr" ""
	done <<'EOF'
gregorian	%A %d %B %Y	Wednesday 20 March 2024
gregorian	%a, %d %b %Y	Wed, 20 Mar 2024
gregorian	%d %h %Y	20 Mar 2024
gregorian	%A %d %B %Y	mercredi 20 mars 2024
gregorian	%a %d %b %Y	mer. 20 mars 2024
gregorian	%A, %d. %B %Y	Mittwoch, 20. März 2024
gregorian	%A %d de %B de %Y	miércoles 20 de marzo de 2024
gregorian	%A %d %B %Y	среда 20 марта 2024
gregorian	%A %d %B %Y	Çarşamba 20 Mart 2024
gregorian	%A %d %B %Y	الأربعاء 20 مارس 2024
gregorian	%A %d %B %Y	יום רביעי 20 מרץ 2024
gregorian	%A %d %B %Y	बुधवार 20 मार्च 2024
gregorian	%A %d %B %Y	星期三 20 三月 2024
persian	%A %d %B %Y	Wednesday 1 Farvardin 1403
persian	%A %d %B %Y	چهارشنبه ۱ فروردین ۱۴۰۳
islamic-civil	%d %B %Y	10 Ramadan 1445
islamic-civil	%d %b %Y	10 Ram. 1445
islamic-civil	%A %d %B %Y	الأربعاء ١٠ رمضان ١٤٤٥
islamic-civil	%d %B %Y	10 Ramazan 1445
islamic-civil	%d %B %Y	۱۰ رمضان ۱۴۴۵
EOF
}

@test "month names written with a digit (ja 3月, ko 3월, zh %b 3月) are read" {
	local in
	for in in '20 3月 2024' '20 3월 2024'; do
		run -0 --separate-stderr calconv -t gregorian -p '%d %B %Y' "$in"
		assert_output '2024-03-20'
		assert_equal "$stderr" ""
	done
	run -0 --separate-stderr calconv -t gregorian -p '%d %b %Y' '20 3月 2024'
	assert_output '2024-03-20'
	assert_equal "$stderr" ""
}

@test "the Islamic date 10 Ramadan 1445 agrees with python3-convertdate" {
	convertdate_python
	run -0 --separate-stderr calconv -f islamic-civil -p '%d %B %Y' \
	    '10 Ramadan 1445'
	assert_output "$("$PY" -c 'from convertdate import islamic
print("%04d-%02d-%02d" % islamic.to_gregorian(1445, 9, 10))')"
	assert_equal "$stderr" ""
}

@test "names are matched without regard to case" {
	local in
	for in in '1 FARVARDIN 1403' '1 farvardin 1403' '1 fArVaRdIn 1403'; do
		run -0 --separate-stderr calconv -f persian -p '%d %B %Y' "$in"
		assert_output '2024-03-20'
		assert_equal "$stderr" ""
	done
	# Turkish: NİSAN and PAZARTESİ fold to nisan, pazartesi.
	for in in 'PAZARTESİ 1 NİSAN 2024' 'pazartesi 1 nisan 2024' \
	    'MONDAY 1 APRIL 2024'; do
		run -0 --separate-stderr calconv -t gregorian -p '%A %d %B %Y' "$in"
		assert_output '2024-04-01'
		assert_equal "$stderr" ""
	done
}

@test "upper-case Turkish names with a dotless ı read back (ARALIK, MAYIS, SALI)" {
	# -o '%^B' -L tr writes Aralık as ARALIK, Mayıs as MAYIS, Salı as SALI.
	run -0 --separate-stderr calconv -t gregorian -L tr -o '%^A %-d %^B %Y' \
	    2024-12-31 2024-05-07
	assert_output $'SALI 31 ARALIK 2024\nSALI 7 MAYIS 2024'
	run -0 --separate-stderr calconv -t gregorian -p '%A %d %B %Y' \
	    'SALI 31 ARALIK 2024' 'SALI 7 MAYIS 2024'
	assert_output $'2024-12-31\n2024-05-07'
	assert_equal "$stderr" ""
}

@test "Latin diacritics are ignored in names" {
	local cal in want
	while IFS=$'\t' read -r cal in want; do
		run -0 --separate-stderr calconv -f "$cal" -t "$cal" -p '%d %B %Y' \
		    "$in"
		assert_output "$want"
		assert_equal "$stderr" ""
	done <<'EOF'
persian	1 Farvardīn 1403	1403-01-01
persian	1 Tīr 1403	1403-04-01
persian	1 Ābān 1403	1403-08-01
persian	1 ESFÀND 1403	1403-12-01
islamic-civil	1 Ramaḍān 1445	1445-09-01
islamic-civil	1 Shawwāl 1445	1445-10-01
islamic-civil	1 ṣafar 1445	1445-02-01
gregorian	20 Märch 2024	2024-03-20
EOF
}

@test "the 'ayn and hamza signs ʿ ʻ ʼ ‘ ’ and an apostrophe are the same" {
	# CLDR writes Rabiʻ I with U+02BB; the others are U+02BF, U+02BC,
	# U+2018, U+2019 and the ASCII apostrophe.
	local in
	for in in "1 Rabiʻ I 1445" "1 Rabiʿ I 1445" "1 Rabiʼ I 1445" \
	    "1 Rabi‘ I 1445" "1 Rabi’ I 1445" "1 Rabi' I 1445" "1 rabi' i 1445"; do
		run -0 --separate-stderr calconv -f islamic-civil -t islamic-civil \
		    -p '%d %B %Y' "$in"
		assert_output '1445-03-01'
		assert_equal "$stderr" ""
	done
}

@test "python3-convertdate's Islamic month spellings are read" {
	local m name
	convertdate_python
	# Months 3, 5 and 6 are left out: convertdate writes their hamza as
	# U+02BE ("Rabīʿ al-ʾAwwal"), which calconv does not fold, and spells
	# month 6 "Jumādā ath-Thāniyah" (with a comma after it, too).
	for m in 1 2 4 7 8 9 10 11 12; do
		name=$("$PY" -c "from convertdate import islamic
print(islamic.MONTHS[$m - 1].rstrip(','))")
		run -0 --separate-stderr calconv -f islamic-civil -t islamic-civil \
		    -p '%d %B %Y' -o '%-m' "1 $name 1445"
		assert_output "$m"
		assert_equal "$stderr" ""
	done
}

@test "names of another calendar's set are not month names" {
	run -1 --separate-stderr calconv -f persian -p '%d %B %Y' '1 March 1403'
	assert_output '1 March 1403'
	assert_equal "$stderr" "calconv: '1 March 1403' is not a date in persian: does not match the input format '%d %B %Y'"
}

# --- digits and numerals -----------------------------------------------------

@test "digits may be Persian, Arabic-Indic, Devanagari or Thai" {
	local in
	for in in '۱۴۰۳-۰۱-۰۱' '١٤٠٣-٠١-٠١' '१४०३-०१-०१' '๑๔๐๓-๐๑-๐๑' \
	    '1403-01-01'; do
		run -0 --separate-stderr calconv -f persian -p '%Y-%m-%d' "$in"
		assert_output '2024-03-20'
		assert_equal "$stderr" ""
	done
}

@test "each number may be in its own script" {
	# 1403-03-01 AP: Nowruz 2024-03-20 + 31 + 31 days = 2024-05-21.
	run -0 --separate-stderr calconv -f persian -p '%Y-%m-%d' '۱۴۰۳-03-٠١'
	assert_output '2024-05-21'
	assert_equal "$stderr" ""
}

@test "a number mixing scripts is refused, exit 1, the line kept" {
	printf '%s\n' '١٤٠3-٠١-٠١' '۱۴۰۳-۰۱-۰۱' '1403-01-1۱' >"$T/in"
	run -1 --separate-stderr calconv -f persian -p '%Y-%m-%d' -F "$T/in"
	assert_output $'١٤٠3-٠١-٠١\n2024-03-20\n1403-01-1۱'
	assert_line --index 0 '١٤٠3-٠١-٠١'
	[[ $stderr == "calconv: $T/in:1: '١٤٠3-٠١-٠١' is not a date in persian: does not match the input format '%Y-%m-%d'"$'\n'"calconv: $T/in:3: '1403-01-1۱' is not a date in persian: "* ]] ||
	    fail "stderr: $stderr"
}

@test "superscripts and circled digits are not digits" {
	run -1 --separate-stderr calconv -f persian -p '%Y-%m-%d' '1403-01-①'
	assert_output '1403-01-①'
	assert_equal "$stderr" "calconv: '1403-01-①' is not a date in persian: does not match the input format '%Y-%m-%d'"
	run -1 --separate-stderr calconv -f persian -p '%Y-%m-%d' '1403-01-²'
	assert_output '1403-01-²'
}

@test "%O reads Hebrew numerals" {
	# כ׳ = 20, ב׳כ״ד = 2024, ט״ו = 15 (9 + 6), ט״ז = 16.
	run -0 --separate-stderr calconv -t gregorian -p '%Od %B %OY' \
	    'כ׳ מרץ ב׳כ״ד' 'ט״ו מרץ ב׳כ״ד' 'ט״ז מרץ ב׳כ״ד'
	assert_output $'2024-03-20\n2024-03-15\n2024-03-16'
	assert_equal "$stderr" ""
}

@test "%O reads Hebrew numerals typed with ASCII ' and \" for geresh and gershayim" {
	# hebcal: Rosh Chodesh Nisan 5784 is 2024-04-09, so 10 Nisan (י)
	# is 2024-04-18 and 15 Nisan (ט״ו) 2024-04-23; 10 Nisan 5780 (תש״פ)
	# is 2020-04-04.  ה׳ is the thousands, 5000.
	run -0 --separate-stderr calconv -f hebrew -t gregorian \
	    -p '%Od %B %OY' -p '%OY %B %Od' \
	    'י ניסן תשפ"ד' "י' ניסן ה'תשפ\"ד" 'י׳ ניסן תש"פ' 'י׳ ניסן תשפ"' \
	    "תשפ\"ד ניסן י'" 'תשפ"ד ניסן ט"ו'
	assert_output "$(printf '%s\n' 2024-04-18 2024-04-18 2020-04-04 \
	    2020-04-04 2024-04-18 2024-04-23)"
	assert_equal "$stderr" ""
}

@test "a Hebrew or Ge'ez year below 1000 stays there outside the Hebrew calendar" {
	# -o '%OY' -L he writes Gregorian year 784 as תשפ״ד (700 + 80 + 4);
	# only a Hebrew calendar year without thousands means 5784.  In Ge'ez
	# numerals 784 is ፯፻፹፬ (7 x 100 + 80 + 4), with no such convention.
	run -0 --separate-stderr calconv -t gregorian -L he -o '%OY-%m-%d' 0784-01-01
	assert_output 'תשפ״ד-01-01'
	run -0 --separate-stderr calconv -t gregorian -p '%OY-%m-%d' 'תשפ״ד-01-01'
	assert_output '0784-01-01'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -p '%OY-%m-%d' '፯፻፹፬-01-01'
	assert_output '0784-01-01'
	assert_equal "$stderr" ""
}

@test "%O reads Ge'ez numerals" {
	# ፳፻፲፯ = 20 x 100 + 17 = 2017, ፲፭ = 15, ፩ = 1.
	run -0 --separate-stderr calconv -t gregorian -p '%OY-%Om-%Od' '፳፻፲፯-፩-፲፭'
	assert_output '2017-01-15'
	assert_equal "$stderr" ""
}

@test "%O reads the hanidec digits -o writes for -L zh" {
	run -0 --separate-stderr calconv -t gregorian -p '%Od %B %OY' \
	    '二〇 三月 二〇二四'
	assert_output '2024-03-20'
	assert_equal "$stderr" ""
}

# --- the weekday check -----------------------------------------------------

@test "a weekday that contradicts the date is an error, exit 1, the line kept" {
	printf '%s\n' 'Monday 20 March 2024' 'Thursday 21 March 2024' >"$T/in"
	run -1 --separate-stderr calconv -t persian -p '%A %d %B %Y' -F "$T/in"
	assert_output $'Monday 20 March 2024\n1403-01-02'
	assert_equal "$stderr" "calconv: $T/in:1: 'Monday 20 March 2024' is not a date in gregorian: the date is a Wednesday, not a Monday"
}

@test "the weekday is checked in any language and by %a, %u and %w" {
	local fmt in
	while IFS=$'\t' read -r fmt in; do
		run -1 --separate-stderr calconv -t gregorian -p "$fmt" "$in"
		assert_output "$in"
		assert_equal "$stderr" "calconv: '$in' is not a date in gregorian: the date is a Wednesday, not a Monday"
	done <<'EOF'
%A %d %B %Y	lundi 20 mars 2024
%a %d %b %Y	Mon 20 Mar 2024
%u %Y-%m-%d	1 2024-03-20
%w %Y-%m-%d	1 2024-03-20
%A %d %B %Y	دوشنبه 20 مارس 2024
EOF
	run -1 --separate-stderr calconv -f persian -p '%A %d %B %Y' \
	    'سه‌شنبه ۱ فروردین ۱۴۰۳'
	assert_output 'سه‌شنبه ۱ فروردین ۱۴۰۳'
	assert_equal "$stderr" "calconv: 'سه‌شنبه ۱ فروردین ۱۴۰۳' is not a date in persian: the date is a Wednesday, not a Tuesday"
}

@test "two weekdays that disagree do not match, whatever their directives" {
	# 2024-03-20 is a Wednesday and 2024-03-24 a Sunday (%u 7, %w 0).
	run -1 --separate-stderr calconv -t julian -p '%a %G-W%V-%u' \
	    'Wed 2024-W12-3' 'Thu 2024-W12-3'
	assert_output $'2024-03-07\nThu 2024-W12-3'
	assert_stderr "calconv: 'Thu 2024-W12-3' is not a date in gregorian: does not match the input format '%a %G-W%V-%u'"
	run -1 --separate-stderr calconv -t julian -p '%u %w %Y-%m-%d' \
	    '7 0 2024-03-24' '7 1 2024-03-24'
	assert_output $'2024-03-11\n7 1 2024-03-24'
	assert_stderr "calconv: '7 1 2024-03-24' is not a date in gregorian: does not match the input format '%u %w %Y-%m-%d'"
	run -1 --separate-stderr calconv -t julian -p '%A %w %Y-%m-%d' \
	    'Sunday 1 2024-03-20'
	assert_stderr "calconv: 'Sunday 1 2024-03-20' is not a date in gregorian: does not match the input format '%A %w %Y-%m-%d'"
	run -1 --separate-stderr calconv -t julian -p '%u %a %Y-%m-%d' \
	    '3 Thu 2024-03-20'
	assert_stderr "calconv: '3 Thu 2024-03-20' is not a date in gregorian: does not match the input format '%u %a %Y-%m-%d'"
}

@test "a weekday out of range for %u or %w does not match" {
	run -1 --separate-stderr calconv -t gregorian -p '%u %Y-%m-%d' '8 2024-03-20'
	assert_output '8 2024-03-20'
	assert_equal "$stderr" "calconv: '8 2024-03-20' is not a date in gregorian: does not match the input format '%u %Y-%m-%d'"
}

@test "%u 0 and %w 7 do not match either" {
	run -1 --separate-stderr calconv -t gregorian -p '%Y-%m-%d %u' '2024-03-20 0'
	assert_output '2024-03-20 0'
	assert_equal "$stderr" "calconv: '2024-03-20 0' is not a date in gregorian: does not match the input format '%Y-%m-%d %u'"
	run -1 --separate-stderr calconv -t gregorian -p '%Y-%m-%d %w' '2024-03-20 7'
	assert_output '2024-03-20 7'
	assert_equal "$stderr" "calconv: '2024-03-20 7' is not a date in gregorian: does not match the input format '%Y-%m-%d %w'"
}

@test "weekday names are read for a calendar that has no names of its own" {
	# JDN 2460390 is Wednesday 2024-03-20 (the first test of this file).
	run -1 --separate-stderr calconv -f jdn -t gregorian -p '%a %J' \
	    'Wed 2460390' 'Thu 2460390'
	assert_output $'2024-03-20\nThu 2460390'
	assert_equal "$stderr" "calconv: 'Thu 2460390' is not a date in jdn: the date is a Wednesday, not a Thursday"
}

@test "%Y takes a plus sign, and sixteen digits are out of range" {
	run -1 --separate-stderr calconv -t julian -p '%Y-%m-%d' \
	    '+2024-03-20' '1234567890123456-01-01'
	assert_output $'2024-03-07\n1234567890123456-01-01'
	assert_equal "$stderr" "calconv: '1234567890123456-01-01' is out of range in gregorian: year out of range -2147483647..2147483647"
}

@test "%% matches a percent sign and nothing else" {
	run -1 --separate-stderr calconv -t julian -p '100%% %Y-%m-%d' \
	    '100% 2024-03-20' '100x 2024-03-20' '100'
	assert_output $'2024-03-07\n100x 2024-03-20\n100'
	assert_equal "$stderr" "calconv: '100x 2024-03-20' is not a date in gregorian: does not match the input format '100%% %Y-%m-%d'
calconv: '100' is not a date in gregorian: does not match the input format '100%% %Y-%m-%d'"
}

@test "%EN reads an era's name where the calendar has no era letters" {
	# AD 2024 is Julian 2023-12-19; 45 BC is the astronomical year -44,
	# and its 1 January Julian -0044-01-03.
	run -0 --separate-stderr calconv -t julian -p '%EN %Ey' 'AD 2024' 'BC 45'
	assert_output $'2023-12-19\n-0044-01-03'
	assert_equal "$stderr" ""
	run -1 --separate-stderr calconv -f japanese -t gregorian \
	    -p '%EN%Ey-%m-%d' 'R6-03-20' 'X6-03-20'
	assert_output $'2024-03-20\nX6-03-20'
	assert_equal "$stderr" "calconv: 'X6-03-20' is not a date in japanese: does not match the input format '%EN%Ey-%m-%d'"
}

@test "an era name that is none of the calendar's does not match" {
	# AD 2024 is Julian 2023-12-19 (13 days behind) by %EY and %EC %Ey.
	run -1 --separate-stderr calconv -t julian -p '%EY' -p '%EC %Ey' \
	    '2024 AD' 'AD 2024' '2024 XX' 'XX 2024'
	assert_output $'2023-12-19\n2023-12-19\n2024 XX\nXX 2024'
	assert_equal "$stderr" "calconv: '2024 XX' is not a date in gregorian: matches none of the input formats
calconv: 'XX 2024' is not a date in gregorian: matches none of the input formats"
}

@test "invalid UTF-8 inside a month name is reported by its byte" {
	printf '1 Jan\xffuary 2024\n' >"$T/in"
	run -1 --separate-stderr calconv -t julian -p '%d %B %Y' -F "$T/in"
	assert_equal "$stderr" "calconv: $T/in:1: '1 Jan\\xffuary 2024' is not a date in gregorian: invalid UTF-8 at byte 6"
}

@test "a word longer than any name is no month, and the message stays short" {
	# U+0149 folds to two characters (U+02BC n), so 200 of them fold to
	# more than any name; the message quotes 60 characters.
	local word
	word=$(printf 'ŉ%.0s' $(seq 200))
	run -1 --separate-stderr calconv -t julian -p '%B %Y' "$word 2024"
	assert_output "$word 2024"
	assert_equal "$stderr" "calconv: '${word:0:60}...' is not a date in gregorian: does not match the input format '%B %Y'"
}

# --- what a format must match ----------------------------------------------

@test "text after the date is refused with a reason, not 'no error'" {
	run -1 --separate-stderr calconv -t gregorian -p '%d %B %Y' \
	    '20 March 2024 extra'
	assert_output '20 March 2024 extra'
	[[ $stderr == "calconv: '20 March 2024 extra' is not a date in gregorian: "* ]] ||
	    fail "stderr: $stderr"
	[[ $stderr != *'no error'* ]] || fail "stderr: $stderr"
}

@test "a date without a year does not match" {
	run -1 --separate-stderr calconv -f persian -p '%d %B' '۱ فروردین'
	assert_output '۱ فروردین'
	assert_equal "$stderr" "calconv: '۱ فروردین' is not a date in persian: does not match the input format '%d %B'"
}

@test "a date that matches but does not exist is refused with the reason" {
	run -1 --separate-stderr calconv -f persian -p '%d %B %Y' '30 Esfand 1404'
	assert_output '30 Esfand 1404'
	assert_equal "$stderr" "calconv: '30 Esfand 1404' is not a date in persian: day 30 out of range 1..29 (1404 is not a leap year)"
}

@test "%d reads as many digits as the calendar's longest month has" {
	# The Maya long count 13.0.11.7.7 (2024-03-20, maya.bats) is day
	# 11*360 + 7*20 + 7 + 1 = 4108 of katun 0 (month 1) of baktun 13;
	# an Icelandic season has up to 191 days; an ordinal year 366.
	run -0 calconv -f mayan -p '%d %m %Y' -t gregorian '4108 01 0013'
	assert_output 2024-03-20
	local cal
	for cal in mayan icelandic ordinal; do
		run -0 calconv -t "$cal" -o '%d %m %Y' 2024-03-20
		run -0 calconv -f "$cal" -p '%d %m %Y' -t gregorian "$output"
		assert_output 2024-03-20
	done
	# %j: 13.0.11.7.7 is in katun 0, so day 4108 of baktun 13 too;
	# 13.1.0.0.0 is day 7201 and 13.19.19.17.19 the last, 144000.
	run -0 calconv -f mayan -p '%j %Y' -t gregorian '4108 0013'
	assert_output 2024-03-20
	run -0 calconv -f mayan -p '%j %Y' -t mayan '7201 0013' '144000 0013'
	assert_output $'13.1.0.0.0\n13.19.19.17.19'
	run -1 --separate-stderr calconv -f mayan -p '%j %Y' '144001 0013'
	assert_equal "$stderr" "calconv: '144001 0013' is not a date in mayan: day of the year 144001 out of range 1..144000"
	# The year's own length: 2024 is a Gregorian leap year, 2023 not;
	# Hebrew 5784 is a leap year of 383 days (hebcal: 1 Tishri 5784 is
	# 2023-09-16, 1 Tishri 5785 is 2024-10-03).
	run -1 --separate-stderr calconv -p '%j %Y' '367 2024' '366 2023'
	assert_equal "$stderr" "calconv: '367 2024' is not a date in gregorian: day of the year 367 out of range 1..366
calconv: '366 2023' is not a date in gregorian: day of the year 366 out of range 1..365"
	run -1 --separate-stderr calconv -f hebrew -p '%j %Y' '384 5784'
	assert_equal "$stderr" "calconv: '384 5784' is not a date in hebrew: day of the year 384 out of range 1..383"
}

@test "a month name with a year out of range is refused for the year" {
	run -1 --separate-stderr calconv -f hebrew -t gregorian -p '%d %B %Y' \
	    '1 Nisan 99999999999' '1 Nisan -99999999999'
	assert_output $'1 Nisan 99999999999\n1 Nisan -99999999999'
	assert_stderr "$(printf '%s\n' \
	    "calconv: '1 Nisan 99999999999' is out of range in hebrew: year 99999999999 out of range -2147454475..2147461995" \
	    "calconv: '1 Nisan -99999999999' is out of range in hebrew: year -99999999999 out of range -2147454475..2147461995")"
}

@test "Adar I is read only in a Hebrew leap year; Adar alone is Adar II there" {
	# 5784 is year 8 of its 19-year cycle, a leap year (years 3, 6, 8,
	# 11, 14, 17, 19); 5783 (year 7) is not.  hebcal: 1 Adar I 5784 is
	# 2024-02-10 and 1 Adar II 5784 is 2024-03-11.
	run -1 --separate-stderr calconv -f hebrew -t gregorian -p '%d %B %Y' \
	    '1 Adar I 5784' '1 Adar 5784' '1 Adar I 5783'
	assert_output $'2024-02-10\n2024-03-11\n1 Adar I 5783'
	assert_equal "$stderr" "calconv: '1 Adar I 5783' is not a date in hebrew: year 5783 has no such month"
}

@test "a name that the literal after it would lengthen is read short" {
	# With '%d %B I %Y', "Adar I I" is Adar I and the literal, and
	# "Adar I" is Adar and the literal, though "Adar I" alone is a
	# name: the longest name after which the literal can follow wins.
	# Dates as in the test above (hebcal).
	run -0 calconv -f hebrew -t gregorian -p '%d %B I %Y' \
	    '1 Adar I I 5784' '1 Adar I 5784' '1 adar ii I 5784'
	assert_output $'2024-02-10\n2024-03-11\n2024-03-11'
	# What -o writes reads back though "Adar i" is a name: 13 Adar 5783
	# (a common year) is 2023-03-06, the eve of Purim (14 Adar), which
	# fell on 2023-03-07.
	run -0 calconv -t hebrew -L am -o '%Od %B i%eami%OY' 2023-03-06
	assert_output '፲፫ Adar i13ami፶፯፻፹፫'
	run -0 calconv -f hebrew -L am -p '%Od %B i%eami%OY' "$output"
	assert_output 2023-03-06
}

@test "a day too big for the month is refused as such, never cut to fit" {
	# Day 1500 of a katun is 13.0.4.2.19 (1499 = 4*360 + 2*20 + 19).
	run -0 calconv -f mayan -p '%Y %m %d' -t mayan '13 01 1500'
	assert_output 13.0.4.2.19
	run -1 --separate-stderr calconv -f mayan -p '%Y %m %d' '13 01 7201'
	assert_equal "$stderr" "calconv: '13 01 7201' is not a date in mayan: day of the katun 7201 out of range 1..7200"
	run -1 --separate-stderr calconv -p '%Y-%m-%12d' '2024-03-99999999'
	assert_equal "$stderr" "calconv: '2024-03-99999999' is not a date in gregorian: day 99999999 out of range 1..31"
}

@test "a day read by %J or an ISO week is checked against the calendar's range" {
	# The Japanese calendar starts on M6-01-01 = 1873-01-01 (eras.bats).
	run -1 --separate-stderr calconv -f japanese -p '%J' -t gregorian 0
	assert_output 0
	assert_equal "$stderr" "calconv: '0' is out of range in japanese: outside the supported range M6-01-01..R2147481629-12-31"
	run -1 --separate-stderr calconv -f japanese -p '%G-W%V-%u' 1800-W01-1
	assert_equal "$stderr" "calconv: '1800-W01-1' is out of range in japanese: outside the supported range M6-01-01..R2147481629-12-31"
	# 2000-W01-1 is 2000-01-03 (ISO 8601: week 1 holds 4 January).
	run -0 calconv -f japanese -p '%G-W%V-%u' -t gregorian 2000-W01-1
	assert_output 2000-01-03
}

@test "a %J beyond Qt's range, of any length, is out of range, not a year" {
	# Qt's range is JD -784350574879..784354017364 (helpers.bash).
	run -1 --separate-stderr calconv -t julian -p '%J' -- 784354017365 \
	    -784350574880 9999999999999999 -9999999999999999
	assert_output "$(printf '%s\n' 784354017365 -784350574880 9999999999999999 -9999999999999999)"
	assert_stderr "$(printf "calconv: '%s' is out of range in gregorian: outside the supported range -2147483647-01-01..2147483647-12-31\n" \
	    784354017365 -784350574880 9999999999999999 -9999999999999999)"
}

@test "%j is checked against the length of its year, and at the range's ends" {
	# Day 0 never exists; 2147483647, the last Gregorian year, is common
	# (it is 3 mod 4), so its day 366 is past the range's end; 401 is
	# more days than any year has.
	run -1 --separate-stderr calconv -t julian -p '%Y-%j' 2024-000 \
	    12345678901-001 -12345678901-001 2147483647-366 2147483647-401
	assert_output "$(printf '%s\n' 2024-000 12345678901-001 -12345678901-001 2147483647-366 2147483647-401)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-000' is not a date in gregorian: day of the year 0 out of range 1..366" \
	    "calconv: '12345678901-001' is out of range in gregorian: year 12345678901 out of range -2147483647..2147483647" \
	    "calconv: '-12345678901-001' is out of range in gregorian: year -12345678901 out of range -2147483647..2147483647" \
	    "calconv: '2147483647-366' is out of range in gregorian: outside the supported range -2147483647-01-01..2147483647-12-31" \
	    "calconv: '2147483647-401' is not a date in gregorian: day of the year 401 out of range 1..366")"
}

@test "%j of a Chinese year counts its leap month, 384 days or 354" {
	# Chinese year 4660 ran from 2023-01-22 to 2024-02-09 with a leap
	# second month (384 days); 4661 from 2024-02-10 to 2025-01-28 (354).
	run -1 --separate-stderr calconv -f chinese -t gregorian -p '%Y-%j' \
	    4660-384 4661-001 4660-385 4661-390
	assert_output "$(printf '%s\n' 2024-02-09 2024-02-10 4660-385 4661-390)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '4660-385' is not a date in chinese: day of the year 385 out of range 1..384" \
	    "calconv: '4661-390' is not a date in chinese: day of the year 390 out of range 1..354")"
}

@test "a whole ISO week date names the day; the year and month read must agree" {
	# 2024-03-20 is 2024-W12-3 (the first test of this file) and
	# 1445-09-10 in the Islamic civil calendar (python3-convertdate,
	# "the Islamic date 10 Ramadan 1445" above).
	run -0 calconv -f islamic-civil -p '%Y-%m %G-W%V-%u' -t gregorian '1445-09 2024-W12-3'
	assert_output 2024-03-20
	run -1 --separate-stderr calconv -f islamic-civil -p '%Y-%m %G-W%V-%u' '1445-08 2024-W12-3'
	assert_equal "$stderr" "calconv: '1445-08 2024-W12-3' is not a date in islamic-civil: does not match the input format '%Y-%m %G-W%V-%u'"
	run -0 calconv -f islamic-civil -p '%Y %e %G-W%V-%u' -t gregorian '1445 10 2024-W12-3'
	assert_output 2024-03-20
	run -1 calconv -f islamic-civil -p '%Y %e %G-W%V-%u' -t gregorian '1445 11 2024-W12-3'
	# A year of an era without the era, a day of the year (2024-03-20
	# is day 80 of a leap year, and in Reiwa 6, eras.bats).
	run -0 calconv -f japanese -p '%j %Ey %G-W%V-%u' -t gregorian '080 6 2024-W12-3'
	assert_output 2024-03-20
	run -1 calconv -f japanese -p '%j %Ey %G-W%V-%u' -t gregorian '081 6 2024-W12-3'
	run -1 calconv -f japanese -p '%j %Ey %G-W%V-%u' -t gregorian '080 5 2024-W12-3'
	run -1 calconv -p '%Y-%m-%d %G-W%V-%u' '2024-03-20 2024-W12-4'
}

@test "without a year, the month name, day and day of the year must agree with the ISO week date" {
	# 2024-W12-3 is 2024-03-20 (Julian 2024-03-07, 13 days behind), in
	# March, and day 40 of Chinese year 4661, which began on 2024-02-10
	# (chinese.bats): 20 days of February and 20 of March.
	run -1 --separate-stderr calconv -t julian -p '%B %G-W%V-%u' \
	    'March 2024-W12-3' 'April 2024-W12-3'
	assert_output $'2024-03-07\nApril 2024-W12-3'
	assert_stderr "calconv: 'April 2024-W12-3' is not a date in gregorian: does not match the input format '%B %G-W%V-%u'"
	run -1 --separate-stderr calconv -t julian -p '%d %G-W%V-%u' \
	    '20 2024-W12-3' '21 2024-W12-3'
	assert_output $'2024-03-07\n21 2024-W12-3'
	assert_stderr "calconv: '21 2024-W12-3' is not a date in gregorian: does not match the input format '%d %G-W%V-%u'"
	run -1 --separate-stderr calconv -f chinese -t gregorian \
	    -p '%j %G-W%V-%u' '040 2024-W12-3' '041 2024-W12-3'
	assert_output $'2024-03-20\n041 2024-W12-3'
	assert_stderr "calconv: '041 2024-W12-3' is not a date in chinese: does not match the input format '%j %G-W%V-%u'"
	run -1 --separate-stderr calconv -t julian -p '%EY %G-W%V-%u' \
	    '2024 AD 2024-W12-3' '2024 BC 2024-W12-3'
	assert_output $'2024-03-07\n2024 BC 2024-W12-3'
	assert_stderr "calconv: '2024 BC 2024-W12-3' is not a date in gregorian: does not match the input format '%EY %G-W%V-%u'"
}

@test "an ISO week out of its year's range is named as an ISO week" {
	# 2024 begins on a Monday and ends on a Tuesday: 52 ISO weeks.  2020
	# (a leap year from a Wednesday) has 53, and its week 53 begins on
	# Monday 2020-12-28, Julian 2020-12-15 (13 days behind).
	run -1 --separate-stderr calconv -t julian -p '%G-W%V-%u' 2024-W54-1 \
	    2024-W00-1 2020-W53-1 2147483649-W01-1
	assert_output "$(printf '%s\n' 2024-W54-1 2024-W00-1 2020-12-15 2147483649-W01-1)"
	assert_stderr "$(printf '%s\n' \
	    "calconv: '2024-W54-1' is not a date in gregorian: ISO week 54 out of range 1..52" \
	    "calconv: '2024-W00-1' is not a date in gregorian: ISO week 0 out of range 1..52" \
	    "calconv: '2147483649-W01-1' is out of range in gregorian: ISO week-numbering year 2147483649 out of range -2147483647..2147483648")"
	# A week without its day is the week's Monday.
	run -1 --separate-stderr calconv -t julian -p '%G-W%V' 2024-W54 2020-W53
	assert_output "$(printf '%s\n' 2024-W54 2020-12-15)"
	assert_stderr "calconv: '2024-W54' is not a date in gregorian: ISO week 54 out of range 1..52"
}

@test "an era name padded to a width reads back" {
	run -0 calconv -t gregorian -o '%d %b|%8E|%Ey' 2024-03-20
	assert_output '20 Mar|      AD|2024'
	run -0 calconv -p '%d %b|%8E|%Ey' -t julian "$output"
	assert_output 2024-03-07
	run -0 calconv -t japanese -o '%d %b|%3EN|%Ey' 2024-03-20
	assert_output '20 Mar|  R|6'
	run -0 calconv -f japanese -p '%d %b|%3EN|%Ey' -t gregorian "$output"
	assert_output 2024-03-20
}

@test "an era name ending in a digit is read when the year follows it at once" {
	# CLDR names the Ethiopic eras ERA0 and ERA1 in English, so
	# -o '%E%Ey' writes the year 7516 of ERA0 as ERA07516.
	run -0 calconv -t ethiopic-amete-alem -o '%d %b %E%Ey' 2024-03-20
	assert_output '11 Megabit ERA07516'
	run -0 calconv -f ethiopic-amete-alem -p '%d %b %E%Ey' -t gregorian "$output"
	assert_output 2024-03-20
	# The Hebrew calendar's one era, AM, before a negative year: RD
	# -1373428 is the day before 1 Tishri AM 1, the epoch RD -1373427
	# (R&D, hebrew-epoch: Julian 7 October 3761 BCE).
	run -0 calconv -f rd -t hebrew -o '%d %b %E%Ey' -- -1373428
	assert_output '29 Elul AM0'
	run -0 calconv -f rd -t hebrew -o '%d %b %E%Ey' -- -1800000
	run -0 calconv -f hebrew -p '%d %b %E%Ey' -t rd "$output"
	assert_output -1800000
}

@test "blanks around a record are kept around the result" {
	run -0 --separate-stderr calconv -t persian -p '%d %B %Y' \
	    -p '%Y-%m-%d' -F <(printf ' 20 March 2024 \n\t2024-03-21\r\n')
	assert_output $' 1403-01-01 \n\t1403-01-02\r'
	assert_equal "$stderr" ""
}

@test "-p works with -z records" {
	printf '%s\0' '۱ فروردین ۱۴۰۳' '1 Farvardin 1404' >"$T/in"
	"$CALCONV" -z -p '%d %B %Y' -f persian -F "$T/in" >"$T/out"
	printf '%s\0' 2024-03-20 2025-03-21 >"$T/want"
	cmp -- "$T/want" "$T/out"
}

# --- several formats ---------------------------------------------------------

@test "several -p formats are tried in order, the first that reads the date wins" {
	run -0 --separate-stderr calconv -t gregorian -p '%d/%m/%Y' \
	    -p '%m/%d/%Y' 01/02/2024
	assert_output '2024-02-01'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -p '%m/%d/%Y' \
	    -p '%d/%m/%Y' 01/02/2024
	assert_output '2024-01-02'
	assert_equal "$stderr" ""
}

@test "a later format is tried when the first does not give a date" {
	printf '%s\n' 13/02/2024 02/13/2024 2024-03-20 '20 March 2024' \
	    '۱ فروردین ۱۴۰۳' >"$T/in"
	run -1 --separate-stderr calconv -t gregorian --input-format='%m/%d/%Y' \
	    --input-format='%d/%m/%Y' -p '%Y-%m-%d' -p '%d %B %Y' -F "$T/in"
	assert_output '2024-02-13
2024-02-13
2024-03-20
2024-03-20'$'\n''۱ فروردین ۱۴۰۳'
	assert_equal "$stderr" "calconv: $T/in:5: '۱ فروردین ۱۴۰۳' is not a date in gregorian: matches none of the input formats"
}

@test "when no format gives a date, the reason is a format's that found one" {
	run -1 --separate-stderr calconv -t gregorian -p '%m/%d/%Y' \
	    -p '%d/%m/%Y' 31/31/2024
	assert_output '31/31/2024'
	assert_equal "$stderr" "calconv: '31/31/2024' is not a date in gregorian: month 31 out of range 1..12"
	run -1 --separate-stderr calconv -t gregorian -p '%Y-%m-%d' \
	    -p '%A %d %B %Y' 'Monday 20 March 2024'
	assert_equal "$stderr" "calconv: 'Monday 20 March 2024' is not a date in gregorian: the date is a Wednesday, not a Monday"
}

@test "sixteen -p formats are allowed, a seventeenth is a usage error" {
	local -a args=()
	local i
	for i in {1..15}; do
		args+=(-p "%d.$i")
	done
	run -0 --separate-stderr calconv -t gregorian "${args[@]}" \
	    -p '%Y-%m-%d' 2024-03-20
	assert_output '2024-03-20'
	assert_equal "$stderr" ""
	expect_usage_error 'more than 16 input formats' -t gregorian \
	    "${args[@]}" -p '%Y' -p '%Y-%m-%d' 2024-03-20
}

# --- -S and -k with -p ---------------------------------------------------------

@test "-S with -p converts each date it finds and leaves the rest" {
	run -0 --separate-stderr calconv -S -t persian -p '%d %B %Y' \
	    <<<'paid 20 March 2024 and 1 April 2024, due 2024-05-01'
	assert_output 'paid 1403-01-01 and 1403-01-13, due 2024-05-01'
	assert_equal "$stderr" ""
}

@test "-S tries several -p formats at each word" {
	run -0 --separate-stderr calconv -S -t persian -p '%d %B %Y' \
	    -p '%Y-%m-%d' <<<'paid 20 March 2024 and 1 April 2024, due 2024-05-01'
	assert_output 'paid 1403-01-01 and 1403-01-13, due 1403-02-12'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -S -f persian -t gregorian \
	    -p '%d %B %Y' <<<'جشن ۱ فروردین ۱۴۰۳ و ۱۳ فروردین ۱۴۰۳'
	assert_output 'جشن 2024-03-20 و 2024-04-01'
	assert_equal "$stderr" ""
}

@test "-S with -p starts dates at word starts only" {
	run -0 --separate-stderr calconv -S -t persian -p '%d/%m/%Y' \
	    <<<'x20/03/2024 y 20/03/2024z 120/03/2024'
	assert_output 'x20/03/2024 y 1403-01-01z 120/03/2024'
	assert_equal "$stderr" ""
}

@test "-S with -p does not end a date inside a longer number" {
	# %d reads two digits; 2024-03-205 has a third.
	run -0 --separate-stderr calconv -S -t julian -p '%Y-%m-%d' \
	    <<<'on 2024-03-205 and 2024-03-20.'
	assert_output 'on 2024-03-205 and 2024-03-07.'
	assert_equal "$stderr" ""
}

@test "-S with -p reports a found date that contradicts its weekday or does not exist" {
	# As -S without -p reports 'x 2024-02-30 y' (exit 1, line kept).
	run -1 --separate-stderr calconv -S -t persian -p '%A %d %B %Y' \
	    <<<'on Monday 20 March 2024 ok'
	assert_output 'on Monday 20 March 2024 ok'
	assert_equal "$stderr" "calconv: -:1: 'Monday 20 March 2024' is not a date in gregorian: the date is a Wednesday, not a Monday"
	run -1 --separate-stderr calconv -S -t persian -p '%d %B %Y' \
	    <<<'x 30 February 2024 y'
	assert_output 'x 30 February 2024 y'
	[[ $stderr == "calconv: -:1: '30 February 2024' is not a date in gregorian: day 30 out of range 1..29"* ]] ||
	    fail "stderr: $stderr"
}

@test "-k converts a field by -p" {
	run -0 --separate-stderr calconv -k 2 -d , -t persian -p '%d %B %Y' \
	    <<<'a,20 March 2024,b'
	assert_output 'a,1403-01-01,b'
	assert_equal "$stderr" ""
}

# --- bad formats -------------------------------------------------------------

@test "a bad -p format is a usage error naming the directive and its offset" {
	expect_usage_error "bad input format '%Q' at offset 0: unknown directive '%Q'" \
	    -p '%Q' 2024-03-20
	expect_usage_error "bad input format '%Y-%' at offset 3: format ends inside the directive '%'" \
	    -p '%Y-%' 2024-03-20
	expect_usage_error "bad input format '%d %OB' at offset 3: modifier does not apply in '%OB'" \
	    -p '%d %OB' 2024-03-20
	expect_usage_error "bad input format '%2000d' at offset 0: width in '%2000' is over 1024" \
	    -p '%2000d' 2024-03-20
	expect_usage_error "bad input format '%Y %C' at offset 0: '%C' cannot be read" \
	    -p '%Y %C' 2024-03-20
}

@test "a later bad -p format is refused too, before anything is read" {
	expect_usage_error "bad input format '%d %q' at offset 3: unknown directive '%q'" \
	    -p '%Y-%m-%d' -p '%d %q' 2024-03-20
}

@test "%O only applies to numbers, in -o as in -p" {
	local d
	for d in B b h A a C n t %; do
		expect_usage_error "bad output format 'x%O$d' at offset 1: modifier does not apply in '%O$d'" \
		    -o "x%O$d" 2024-03-20
	done
	expect_usage_error "bad output format '%-O' at offset 0: format ends inside the directive '%-O'" \
	    -o '%-O' 2024-03-20
}
