#!/usr/bin/env bats
#
# names.bats: names and numerals on output.  Month, weekday and era names
# (%B %b %h %A %a %E %EC %EY %Ey) in the language of -L or of the
# environment, the flags and widths on names (display columns, CJK and
# right-to-left text), native numerals (%O, --digits) and the date in
# words of the terminal table.
#
# Where the expected names come from: CLDR, as ICU 72.1 (Debian
# libicu72, CLDR 42; these names are the same in CLDR 41) gives them.
# They were checked by hand with a ten-line C program around
# udat_open(UDAT_PATTERN, ...) and udat_format() on 2024-03-20 at noon
# UTC, run as
#	fmt 'LANG@calendar=CAL' 'MMMM|MMM|EEEE|EEE|G' 2024 3 20
# for every language and calendar below, and around udat_getSymbols()
# (UDAT_MONTHS) for the lists of twelve months.  Native digits are
# CLDR's default numbering systems (<otherNumberingSystems><native>:
# fa arabext, ar arab, hi deva, th thai, ur arabext, zh hanidec), as
# unum_open(UNUM_DECIMAL, "LANG@numbers=SYSTEM") writes them; Hebrew and
# Ge'ez numerals were checked the same way with "he@numbers=hebr" and
# "am@numbers=ethi", and against hebcal 4.31 in the tests below.
# Islamic dates come from python3-convertdate when it is installed.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# A Python that imports convertdate (Debian's python3-convertdate), or
# skip the test.
# Does calconv --list have the calendar $1?
has_calendar() {
	calconv --list | cut -f1 | grep -qx -- "$1"
}

# --- month, weekday and era names ------------------------------------------

@test "Gregorian names of 2024-03-20 are CLDR's in each of the fifteen languages" {
	local lang want
	while IFS=$'\t' read -r lang want; do
		run -0 --separate-stderr calconv -t gregorian -L "$lang" \
		    -o '%B|%b|%A|%a|%E' 2024-03-20
		assert_output "$want"
		assert_equal "$stderr" ""
	done <<'EOF'
en	March|Mar|Wednesday|Wed|AD
fr	mars|mars|mercredi|mer.|ap. J.-C.
de	März|März|Mittwoch|Mi.|n. Chr.
es	marzo|mar|miércoles|mié|d. C.
it	marzo|mar|mercoledì|mer|d.C.
pt	março|mar.|quarta-feira|qua.|d.C.
ru	марта|мар.|среда|ср|н. э.
tr	Mart|Mar|Çarşamba|Çar|MS
ar	مارس|مارس|الأربعاء|الأربعاء|م
fa	مارس|مارس|چهارشنبه|چهارشنبه|م.
he	מרץ|מרץ|יום רביעי|יום ד׳|לספירה
hi	मार्च|मार्च|बुधवार|बुध|ईस्वी
zh	三月|3月|星期三|周三|公元
ja	3月|3月|水曜日|水|西暦
ko	3월|3월|수요일|수|AD
EOF
}

@test "Persian names of 1 Farvardin 1403 are CLDR's in English and Persian" {
	run -0 --separate-stderr calconv -t persian -L en -o '%B|%b|%A|%a|%E' \
	    2024-03-20
	assert_output 'Farvardin|Farvardin|Wednesday|Wed|AP'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t persian -L fa -o '%B|%b|%A|%a|%E' \
	    2024-03-20
	assert_output 'فروردین|فروردین|چهارشنبه|چهارشنبه|ه‍.ش.'
	assert_equal "$stderr" ""
}

@test "Islamic names of 10 Ramadan 1445 are CLDR's in the five languages" {
	local lang want
	while IFS=$'\t' read -r lang want; do
		run -0 --separate-stderr calconv -t islamic-civil -L "$lang" \
		    -o '%B|%b|%A|%a|%E' 2024-03-20
		assert_output "$want"
		assert_equal "$stderr" ""
	done <<'EOF'
en	Ramadan|Ram.|Wednesday|Wed|AH
ar	رمضان|رمضان|الأربعاء|الأربعاء|هـ
fa	رمضان|رمضان|چهارشنبه|چهارشنبه|ه‍.ق.
tr	Ramazan|Ram.|Çarşamba|Çar|Hicri
ur	رمضان|رمضان|بدھ|بدھ|ہجری
EOF
}

@test "2024-03-20 is 10 Ramadan 1445 in islamic-civil and 11 in islamic-tbla" {
	local y m d
	convertdate_python
	# convertdate's islamic calendar counts from JD 1948439.5, the civil
	# (Friday) epoch; islamic-tbla starts a day earlier, so its date is a
	# day later.
	read -r y m d < <("$PY" -c 'from convertdate import islamic
print(*islamic.from_gregorian(2024, 3, 20))')
	assert_equal "$y $m $d" "1445 9 10"
	run -0 --separate-stderr calconv -t islamic-civil -o '%B' 2024-03-20
	assert_output 'Ramadan'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t islamic-civil,islamic-tbla \
	    -o '%-d %B %Y' 2024-03-20
	assert_output "$d Ramadan $y	$((d + 1)) Ramadan $y"
	assert_equal "$stderr" ""
}

@test "the twelve English month names of each calendar are CLDR's, in order" {
	local cal year want m
	while IFS=$'\t' read -r cal year want; do
		for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
			echo "$year-$m-01"
		done >"$T/in"
		run -0 --separate-stderr calconv -f "$cal" -t "$cal" -o '%B' \
		    -F "$T/in"
		assert_equal "$(paste -sd'|' <<<"$output")" "$want"
		assert_equal "$stderr" ""
	done <<'EOF'
gregorian	2024	January|February|March|April|May|June|July|August|September|October|November|December
julian	2024	January|February|March|April|May|June|July|August|September|October|November|December
milankovic	2024	January|February|March|April|May|June|July|August|September|October|November|December
persian	1403	Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand
persian-2820	1403	Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand
islamic-civil	1445	Muharram|Safar|Rabiʻ I|Rabiʻ II|Jumada I|Jumada II|Rajab|Shaʻban|Ramadan|Shawwal|Dhuʻl-Qiʻdah|Dhuʻl-Hijjah
islamic-tbla	1445	Muharram|Safar|Rabiʻ I|Rabiʻ II|Jumada I|Jumada II|Rajab|Shaʻban|Ramadan|Shawwal|Dhuʻl-Qiʻdah|Dhuʻl-Hijjah
EOF
}

@test "the English Persian month names are also python3-convertdate's" {
	convertdate_python
	printf '1403-%02d-01\n' {1..12} >"$T/in"
	run -0 --separate-stderr calconv -f persian -t persian -o '%B' -F "$T/in"
	assert_output "$("$PY" -c 'from convertdate import persian
print("\n".join(persian.MONTHS))')"
	assert_equal "$stderr" ""
}

@test "%b and %h are the same abbreviated month name" {
	run -0 --separate-stderr calconv -t gregorian,islamic-civil \
	    -o '%b=%h' 2024-03-20
	assert_output 'Mar=Mar	Ram.=Ram.'
	assert_equal "$stderr" ""
}

@test "calendars without month names write the month number for %B and %b" {
	# iso-week's "month" is the week, ordinal's and jdn's are 1.
	run -0 --separate-stderr calconv -t iso-week,ordinal,jdn -o '%B|%b|%A' \
	    2024-03-20
	assert_output '12|12|Wednesday	01|01|Wednesday	01|01|Wednesday'
	assert_equal "$stderr" ""
}

@test "-L native is each calendar's own language" {
	run -0 --separate-stderr calconv -L native -t persian,islamic-civil,gregorian \
	    -o '%B' 2024-03-20
	assert_output 'فروردین	رمضان	March'
	assert_equal "$stderr" ""
}

@test "a calendar without month names in the -L language writes CLDR's root (English) names" {
	# calconv has Persian month names in English and Persian only.
	run -0 --separate-stderr calconv -t persian -L de -o '%B %E' 2024-03-20
	assert_output 'Farvardin AP'
	assert_equal "$stderr" ""
}

@test "weekday names follow -L even where a calendar's month names fall back" {
	# A weekday is the same day in every calendar; CLDR's persian and
	# islamic calendars take their weekday names from the Gregorian
	# (root alias), and ICU gives "Mittwoch|Farwardin" for
	# de@calendar=persian, "الأربعاء" for ar@calendar=persian and
	# "Mittwoch" for de@calendar=islamic-civil.
	run -0 --separate-stderr calconv -t persian -L de -o '%A' 2024-03-20
	assert_output 'Mittwoch'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t persian -L ar -o '%A' 2024-03-20
	assert_output 'الأربعاء'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t islamic-civil -L de -o '%a' 2024-03-20
	assert_output 'Mi.'
	assert_equal "$stderr" ""
}

# --- the language: -L and the environment --------------------------------

@test "-L takes POSIX locale names and BCP 47 tags, in any case" {
	local l
	for l in fa fa_IR fa_IR.UTF-8 fa-IR FA fa_IR@latin; do
		run -0 --separate-stderr calconv -t gregorian -L "$l" -o '%B' \
		    2024-03-20
		assert_output 'مارس'
		assert_equal "$stderr" ""
	done
	run -0 --separate-stderr calconv -t gregorian --lang=de_DE.UTF-8 \
	    -o '%B' 2024-03-20
	assert_output 'März'
	assert_equal "$stderr" ""
}

@test "zh-Hant, zh_TW and zh-HK are accepted and fall back to Simplified names" {
	local l
	for l in zh-Hant zh_TW zh-HK; do
		run -0 --separate-stderr calconv -t gregorian -L "$l" -o '%B' \
		    2024-03-20
		assert_output '三月'
		assert_equal "$stderr" ""
	done
}

@test "an unknown -L language is a usage error, exit 2" {
	local l
	for l in xx klingon '' 1; do
		run -2 --separate-stderr calconv -t gregorian -L "$l" -o '%B' \
		    2024-03-20
		assert_output ''
		assert_equal "$stderr" "calconv: unknown language '$l' for '--lang' (try en, fa, ar, he, am, hi, zh, ja, or native)
Try 'calconv --help' for more information."
	done
}

@test "the default language is LC_ALL's, else LC_TIME's, else LANG's" {
	run -0 --separate-stderr env LC_ALL=he_IL.UTF-8 LC_TIME=fa_IR.UTF-8 \
	    LANG=de_DE.UTF-8 "$CALCONV" -t gregorian -o '%B' 2024-03-20
	assert_output 'מרץ'
	assert_equal "$stderr" ""
	run -0 --separate-stderr env -u LC_ALL LC_TIME=fa_IR.UTF-8 \
	    LANG=de_DE.UTF-8 "$CALCONV" -t gregorian -o '%B' 2024-03-20
	assert_output 'مارس'
	assert_equal "$stderr" ""
	run -0 --separate-stderr env -u LC_ALL -u LC_TIME LANG=de_DE.UTF-8 \
	    "$CALCONV" -t gregorian -o '%B' 2024-03-20
	assert_output 'März'
	assert_equal "$stderr" ""
}

@test "an empty locale variable is passed over" {
	run -0 --separate-stderr env LC_ALL= LC_TIME= LANG=fr_FR.UTF-8 \
	    "$CALCONV" -t gregorian -o '%B' 2024-03-20
	assert_output 'mars'
	assert_equal "$stderr" ""
}

@test "C, POSIX, C.UTF-8 and no locale at all mean English" {
	local l
	for l in C POSIX C.UTF-8; do
		run -0 --separate-stderr env LC_ALL="$l" LANG=fr_FR.UTF-8 \
		    "$CALCONV" -t gregorian -o '%B %A' 2024-03-20
		assert_output 'March Wednesday'
		assert_equal "$stderr" ""
	done
	run -0 --separate-stderr env -i "$CALCONV" -t gregorian -o '%B' \
	    2024-03-20
	assert_output 'March'
	assert_equal "$stderr" ""
}

@test "a locale calconv has no names for means English, not an error" {
	run -0 --separate-stderr env LC_ALL=xx_YY.UTF-8 "$CALCONV" \
	    -t gregorian -o '%B' 2024-03-20
	assert_output 'March'
	assert_equal "$stderr" ""
}

@test "-L overrides the environment" {
	run -0 --separate-stderr env LC_ALL=fa_IR.UTF-8 "$CALCONV" -L en \
	    -t gregorian -o '%B' 2024-03-20
	assert_output 'March'
	assert_equal "$stderr" ""
}

# --- flags and widths on names -------------------------------------------

@test "^ upper-cases names by their language's rules (Turkish dotted İ)" {
	run -0 --separate-stderr calconv -t gregorian -L tr -o '%^B %^A' \
	    2024-04-01
	assert_output 'NİSAN PAZARTESİ'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L en -o '%^B %^A' \
	    2024-04-01
	assert_output 'APRIL MONDAY'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L de -o '%^B|%^a' \
	    2024-03-20
	assert_output 'MÄRZ|MI.'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L fr -o '%^EY' -- \
	    -0043-03-15
	assert_output '44 AV. J.-C.'
	assert_equal "$stderr" ""
}

@test "^ leaves scripts without case alone" {
	run -0 --separate-stderr calconv -t gregorian -L fa -o '%^B|%^A' 2024-03-20
	assert_output 'مارس|چهارشنبه'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L zh -o '%^B' 2024-03-20
	assert_output '三月'
	assert_equal "$stderr" ""
}

@test "a width pads a name to display columns, a CJK character counting two" {
	# 三月 and 星期三 are 4 and 6 columns wide, 3月 is 3, 水 is 2.
	run -0 --separate-stderr calconv -t gregorian -L zh \
	    -o '[%6B][%6b][%8A][%3A]' 2024-03-20
	assert_output '[  三月][   3月][  星期三][星期三]'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L ja -o '[%4a][%5B]' \
	    2024-03-20
	assert_output '[  水][  3月]'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L en -o '[%10B][%_10B]' \
	    2024-03-20
	assert_output '[     March][     March]'
	assert_equal "$stderr" ""
}

@test "a width pads a right-to-left name to display columns" {
	# چهارشنبه is 8 letters and columns, مارس 4, יום רביעי 9, رمضان 5.
	run -0 --separate-stderr calconv -t gregorian -L fa -o '[%10A][%6B]' \
	    2024-03-20
	assert_output '[  چهارشنبه][  مارس]'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L he -o '[%12A]' 2024-03-20
	assert_output '[   יום רביעי]'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t islamic-civil -L ar -o '[%8B]' \
	    2024-03-20
	assert_output '[   رمضان]'
	assert_equal "$stderr" ""
}

@test "the - flag turns the padding of a name off, as for numbers and GNU date" {
	# date +'[%-10B]' prints [March]; calconv's %-5d prints 20.
	run -0 --separate-stderr calconv -t gregorian -o '[%-10B][%-5d]' 2024-03-20
	assert_output '[March][20]'
	assert_equal "$stderr" ""
}

# --- eras ------------------------------------------------------------------

@test "%E and %EC are the era, %EY the year of the era and the era, %Ey the year" {
	run -0 --separate-stderr calconv -t gregorian \
	    -o '%E|%EC|%EY|%Ey' -- -0043-03-15 0000-06-01 0001-01-01 2024-03-20
	assert_output 'BC|BC|44 BC|44
BC|BC|1 BC|1
AD|AD|1 AD|1
AD|AD|2024 AD|2024'
	assert_equal "$stderr" ""
}

@test "%EY is the era of each calendar, in the -L language" {
	run -0 --separate-stderr calconv -t julian,persian,islamic-civil \
	    -o '%EY' 2024-03-20
	assert_output '2024 AD	1403 AP	1445 AH'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L fr -o '%EY' -- -0043-03-15
	assert_output '44 av. J.-C.'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t persian -L fa -o '%EY' 2024-03-20
	assert_output '1403 ه‍.ش.'
	assert_equal "$stderr" ""
}

@test "%E without era names (a day count) writes nothing, and %EY the year" {
	run -0 --separate-stderr calconv -t jdn -o '[%E][%EY][%Ey]' 2024-03-20
	assert_output '[][2460390][2460390]'
	assert_equal "$stderr" ""
}

@test "%E of a calendar without era names writes nothing; the Chinese era is the cycle" {
	# 2024-03-20 is in the Icelandic year 2023, whose winter began on
	# 2023-10-28 (icelandic.bats): no era names, nor an era letter for
	# %EN, as a day count has none.  It is in Chinese year 4661
	# (4661-01-01 is 2024-02-10, chinese.bats), year 41 of cycle 78
	# (4661 = 77 * 60 + 41, R&D chinese-from-fixed; ICU's ERA and YEAR),
	# which %E, %EN and %Ey write as ICU does.
	run -0 --separate-stderr calconv -t chinese,icelandic,jdn \
	    -o '[%E][%EY][%Ey][%EN]' 2024-03-20
	assert_output "$(printf '%s\t%s\t%s' '[78][4661][41][78]' \
	    '[][2023][2023][]' '[][2460390][2460390][]')"
	assert_equal "$stderr" ""
}

# --- native numerals -------------------------------------------------------

@test "%O writes Persian, Arabic-Indic and Devanagari digits for -L fa, ar, hi" {
	run -0 --separate-stderr calconv -t gregorian -L fa -o '%OY/%Om/%Od' 2024-03-20
	assert_output '۲۰۲۴/۰۳/۲۰'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L ar -o '%OY/%Om/%Od' 2024-03-20
	assert_output '٢٠٢٤/٠٣/٢٠'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L hi -o '%OY/%Om/%Od' 2024-03-20
	assert_output '२०२४/०३/२०'
	assert_equal "$stderr" ""
}

@test "%O applies to every numeric directive, with the flags" {
	# 2024-03-05: day 65, JDN 2460375, Tuesday (2), ISO week 10.
	run -0 --separate-stderr calconv -t gregorian -L fa \
	    -o '%Oy|%Oe|%Oj|%OJ|%Ou|%Ow|%OG|%OV|%-Od|%_Od|%5Od|%_5Od' 2024-03-05
	assert_output '۲۴| ۵|۰۶۵|۲۴۶۰۳۷۵|۲|۲|۲۰۲۴|۱۰|۵| ۵|۰۰۰۰۵|    ۵'
	assert_equal "$stderr" ""
}

@test "%O falls back to the calendar's own digits when -L has none" {
	# English has no native digits: Persian's are ۰-۹, Arabic's ٠-٩, and
	# the Gregorian calendar's own language is English; CLDR's native
	# system for Japanese is latn.
	run -0 --separate-stderr calconv -L en -t persian,islamic-civil,gregorian \
	    -o '%OY' 2024-03-20
	assert_output '۱۴۰۳	١٤٤٥	2024'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -L ja -t gregorian -o '%OY' 2024-03-20
	assert_output '2024'
	assert_equal "$stderr" ""
}

@test "%O uses the -L language's digits even where the calendar has no names in it" {
	# The rule: the digits of the -L language when CLDR gives it native
	# decimal digits (ar arab, hi deva, th thai, ur arabext).
	run -0 --separate-stderr calconv -t persian -L ar -o '%OY' 2024-03-20
	assert_output '١٤٠٣'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t persian -L hi -o '%OY' 2024-03-20
	assert_output '१४०३'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t islamic-civil -L hi -o '%OY' 2024-03-20
	assert_output '१४४५'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L th -o '%OY' 2024-03-20
	assert_output '๒๐๒๔'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -L ur -o '%OY' 2024-03-20
	assert_output '۲۰۲۴'
	assert_equal "$stderr" ""
}

@test "%O with -L zh writes CLDR's hanidec digits" {
	run -0 --separate-stderr calconv -t gregorian -L zh -o '%OY-%Om-%Od' 2024-03-20
	assert_output '二〇二四-〇三-二〇'
	assert_equal "$stderr" ""
}

@test "%O with -L he writes Hebrew numerals as hebcal does, days 1 to 30" {
	local want
	command -v hebcal >/dev/null || skip "hebcal is not installed"
	# hebcal writes each day's Hebrew date (day, month, year) in Hebrew;
	# Nisan 5784 (30 days) starts on 2024-04-09.  Its first 30 day
	# numerals after the first "א׳" are the numbers 1 to 30.
	want=$(hebcal --lang he -d -g 4 2024; hebcal --lang he -d -g 5 2024) ||
	    fail "hebcal failed"
	want=$(awk '$NF == "תשפ״ד" { print $2 }' <<<"$want" |
	    awk 'f || $0 == "א׳" { f = 1; print }' | head -n 30)
	printf '2024-01-%02d\n' {1..30} >"$T/in"
	run -0 --separate-stderr calconv -t gregorian -L he -o '%Od' -F "$T/in"
	assert_output "$want"
	assert_equal "$stderr" ""
}

@test "%O with -L he writes years with a thousands letter, beyond 9999 in digits" {
	# hebcal writes 5784 as תשפ״ד (thousands implied); with them it is
	# ה׳תשפ״ד, as ICU's he@numbers=hebr.  2024 is ב׳כ״ד.
	run -0 --separate-stderr calconv -t gregorian -L he -o '%OY' \
	    5784-01-01 2024-01-01 1403-01-01 10000-01-01
	assert_output 'ה׳תשפ״ד
ב׳כ״ד
א׳ת״ג
10000'
	assert_equal "$stderr" ""
}

@test "%O with -L he writes Hebrew numerals in a Julian target" {
	# Julian 2024-03-07 = Gregorian 2024-03-20.
	run -0 --separate-stderr calconv -t julian -L he -o '%Od %B %OY' 2024-03-20
	assert_output 'ז׳ מרץ ב׳כ״ד'
	assert_equal "$stderr" ""
}

@test "%O with -L he writes Hebrew numerals in a Persian target" {
	# 1 Farvardin 1403; calconv has no Hebrew Persian month names.
	run -0 --separate-stderr calconv -t persian -L he -o '%Od %OY' 2024-03-20
	assert_output 'א׳ א׳ת״ג'
	assert_equal "$stderr" ""
}

@test "%O with -L am writes Ge'ez numerals" {
	# ICU's am@numbers=ethi: 2017 ፳፻፲፯, 15 ፲፭, 1 ፩, 2024 ፳፻፳፬.
	run -0 --separate-stderr calconv -t gregorian -L am -o '%OY|%Od|%Om' \
	    2017-01-15 2024-03-20
	assert_output '፳፻፲፯|፲፭|፩
፳፻፳፬|፳|፫'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t persian -L am -o '%OY' 2024-03-20
	assert_output '፲፬፻፫'
	assert_equal "$stderr" ""
}

@test "%OJ with -L am writes a day number in Ge'ez ten-thousands, and -p reads it" {
	# Ge'ez groups by 10000 (፼) and 100 (፻), a 1 before either left
	# out unless other hundreds precede it: 2460390 = 246 ten-thousands
	# and 390 = ፪፻፵፮ ፼ ፫፻፺; 1010000 = 101 ten-thousands = ፻፩ ፼.
	# JDN 1010000 is Gregorian -1947-03-08 by days_from_civil.
	[ $(($(greg_days -1947 3 8) + UNIX_JDN)) -eq 1010000 ]
	run -0 --separate-stderr calconv -f jdn -t gregorian -L am -o '%OJ' \
	    2460390 1010000
	assert_output $'፪፻፵፮፼፫፻፺\n፻፩፼'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian -p '%OJ' '፪፻፵፮፼፫፻፺' '፻፩፼'
	assert_output $'2024-03-20\n-1947-03-08'
	assert_equal "$stderr" ""
}

@test "a Hebrew calendar target writes 10 Adar II 5784 in Hebrew numerals" {
	has_calendar hebrew || skip "calconv has no hebrew calendar yet"
	# hebcal --lang he -d -g 3 2024: "2024-03-20 י׳ אַדָר ב׳ תשפ״ד";
	# ICU he@calendar=hebrew;numbers=hebr 'd MMMM y': "י׳ אדר ב׳ ה׳תשפ״ד".
	run -0 --separate-stderr calconv -t hebrew -o '%Od %B %OY' -L he 2024-03-20
	assert_output 'י׳ אדר ב׳ ה׳תשפ״ד'
	assert_equal "$stderr" ""
}

@test "--digits=native writes every number natively, the default notation too" {
	# Without -L (C.UTF-8: English) the calendar's own digits.
	run -0 --separate-stderr calconv -t persian --digits=native 2024-03-20
	assert_output '۱۴۰۳-۰۱-۰۱'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian --digits native -L hi 2024-03-20
	assert_output '२०२४-०३-२०'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t jdn,iso-week,ordinal --digits=native \
	    -L ar 2024-03-20
	assert_output '٢٤٦٠٣٩٠	٢٠٢٤-W١٢-٣	٢٠٢٤-٠٨٠'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t gregorian --digits=native -L fa \
	    -o '%Y/%m/%d %j %EY' 2024-03-20
	assert_output '۲۰۲۴/۰۳/۲۰ ۰۸۰ ۲۰۲۴ م.'
	assert_equal "$stderr" ""
}

@test "--digits=ascii is the default and leaves %O native" {
	run -0 --separate-stderr calconv -t gregorian --digits=ascii -L fa \
	    -o '%OY/%m' 2024-03-20
	assert_output '۲۰۲۴/03'
	assert_equal "$stderr" ""
	run -0 --separate-stderr calconv -t persian --digits=ascii -L fa 2024-03-20
	assert_output '1403-01-01'
	assert_equal "$stderr" ""
}

@test "--digits takes only ascii or native" {
	run -2 --separate-stderr calconv --digits=arabic -t persian 2024-03-20
	assert_output ''
	assert_equal "$stderr" "calconv: invalid value 'arabic' for '--digits': expected ascii or native
Try 'calconv --help' for more information."
}

# --- the terminal table ----------------------------------------------------

@test "the terminal table's third column is the date in words, in -L's language" {
	command -v script >/dev/null || skip "script(1) is not installed"
	run -0 --separate-stderr script -qec \
	    "'$CALCONV' -t gregorian,persian,islamic-civil,jdn 2024-03-20" /dev/null
	assert_equal "${output//$'\r'/}" 'gregorian      2024-03-20  Wednesday 20 March 2024 AD
persian        1403-01-01  Wednesday 1 Farvardin 1403 AP
islamic-civil  1445-09-10  Wednesday 10 Ramadan 1445 AH
jdn            2460390'
	# A right-to-left column ends with U+200E LEFT-TO-RIGHT MARK.
	run -0 --separate-stderr script -qec \
	    "'$CALCONV' -L fa -t gregorian,persian 2024-03-20" /dev/null
	assert_equal "${output//$'\r'/}" "gregorian  2024-03-20  چهارشنبه 20 مارس 2024 م."$'\u200e'"
persian    1403-01-01  چهارشنبه 1 فروردین 1403 ه‍.ش."$'\u200e'
}

@test "the terminal table of -t all marks the calendars whose range misses the day" {
	command -v script >/dev/null || skip "script(1) is not installed"
	# 1000-01-01 is before the Chinese-style calendars (from 1600), the
	# Umm al-Qura tables (from AH 1300), Meiji 6 and the Bahá'í era
	# (--list); a Wednesday, JDN 2086303 by days_from_civil.
	[ $(($(greg_days 1000 1 1) + UNIX_JDN)) -eq 2086303 ]
	run -0 --separate-stderr bash -c \
	    "script -qec \"'\$CALCONV' -t all 1000-01-01\" /dev/null | tr -d '\\r'"
	assert_line --regexp '^gregorian +1000-01-01 +Wednesday 1 January 1000 AD$'
	local id
	for id in islamic-umalqura chinese dangi vietnamese japanese bahai; do
		assert_line --regexp "^$id +- +\\(outside its range\\)\$"
	done
	assert_line --regexp '^jdn +2086303$'
}

@test "into a pipe there is no date in words" {
	run -0 --separate-stderr calconv -t gregorian,persian 2024-03-20
	assert_output '2024-03-20	1403-01-01'
	assert_equal "$stderr" ""
}
