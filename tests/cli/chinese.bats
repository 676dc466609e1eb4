#!/usr/bin/env bats
#
# chinese.bats: the Chinese, Korean (dangi) and Vietnamese lunisolar
# calendars, their leap months written "06L" after the month they are
# named by, names, range and errors.
#
# Expected dates: the Hong Kong Observatory's Gregorian-Lunar Calendar
# Conversion Table (2024 new year on 10 February; 1987 leap 6th month
# from 26 July; 2025 leap 6th month from 25 July, after month 6 of 25
# June; 2033 leap 11th month from 22 December; 2012 7th month from 17
# August and 2018 10th month from 8 November, new moons minutes from
# midnight at UT+8); Vietnam's Tet 1985 on 21 January and 2007 on 17
# February; Korea's Seollal 2024 on 10 February and 1997 on 8 February
# (China's on the 7th), and Korea's leap months of 2012 (3rd, from 21
# April; China's was the 4th) and 2017 (5th, from 24 June; China's the
# 6th), from the Korea Astronomy and Space Science Institute.
#
# The sexagenary cycle: R&D ch. 19 (chinese-from-fixed) counts cycles
# from the epoch year, so 1984 (4621) began cycle 78 with jia-zi and 2024
# (4661) is its 41st year, jia-chen; ICU4C's Chinese and dangi calendars
# give the same ERA and YEAR (tests/oracle/chinese-check compares every
# day of 1900-2100).  The names are CLDR's cyclic year names (甲辰 zh,
# 갑진 ko, jia-chen in root, which en inherits); 1900 was a gengzi year
# (庚子, the 37th) and 1985 an yichou year (乙丑, the 2nd).

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

@test "published Chinese months convert, leap months with an L" {
	run -0 --separate-stderr calconv -t chinese 2024-02-10 1987-07-26 \
	    2025-06-25 2025-07-25 2033-12-22 2012-08-17 2018-11-07 2018-11-08
	assert_output "$(printf '%s\n' 4661-01-01 4624-06L-01 4662-06-01 \
	    4662-06L-01 4670-11L-01 4649-07-01 4655-09-30 4655-10-01)"
	refute_stderr
}

@test "calconv -f chinese reads what -t chinese writes" {
	run -0 --separate-stderr calconv -f chinese -t gregorian 4661-01-01 \
	    4624-06L-01 4624-06l-29 4662-06-01 4662-06L-01 4670-11L-01
	assert_output "$(printf '%s\n' 2024-02-10 1987-07-26 1987-08-23 \
	    2025-06-25 2025-07-25 2033-12-22)"
	refute_stderr
	printf '%s\n' 1987-07-25 1987-07-26 1987-08-24 2034-01-20 >"$BATS_TEST_TMPDIR/in"
	run -0 --separate-stderr calconv -t chinese -F "$BATS_TEST_TMPDIR/in"
	printf '%s\n' "$output" >"$BATS_TEST_TMPDIR/out"
	run -0 --separate-stderr calconv -f chinese -F "$BATS_TEST_TMPDIR/out"
	assert_output "$(cat "$BATS_TEST_TMPDIR/in")"
	refute_stderr
}

@test "a leap flag on a month that has none is an error that says so" {
	run -1 --separate-stderr calconv -f chinese 4662-05L-01 4661-06L-01
	assert_output "$(printf '%s\n' 4662-05L-01 4661-06L-01)"
	assert_equal "$stderr" "$(printf '%s\n' \
	    "calconv: '4662-05L-01' is not a date in chinese: 4662 has no leap month 5 (its leap month is 6L)" \
	    "calconv: '4661-06L-01' is not a date in chinese: 4661 has no leap month")"
}

@test "days outside the years 1600..2600 are refused with the range" {
	run -1 --separate-stderr calconv -t chinese 1600-02-14 2601-01-26
	assert_output "$(printf '%s\n' 1600-02-14 2601-01-26)"
	[[ $stderr == *"outside its supported range 4237-01-01..5237-12-29 (1600-02-15..2601-01-25 in gregorian)"* ]]
	run -0 --separate-stderr calconv -t chinese 1600-02-15 2601-01-25
	assert_output "$(printf '%s\n' 4237-01-01 5237-12-29)"
}

@test "Korea and Vietnam keep the same rules on their own clocks" {
	run -0 --separate-stderr calconv -t dangi,vietnamese,chinese \
	    2024-02-10 1985-01-21 2007-02-17 1997-02-08 2012-04-21 2017-06-24
	assert_output "$(printf '%s\t%s\t%s\n' \
	    4357-01-01 4661-01-01 4661-01-01 \
	    4317-12-01 4622-01-01 4621-12-01 \
	    4339-12-30 4644-01-01 4643-12-30 \
	    4330-01-01 4634-01-02 4634-01-02 \
	    4345-03L-01 4649-04-01 4649-04-01 \
	    4350-05L-01 4654-06-01 4654-06-01)"
	refute_stderr
}

@test "month names, leap patterns and the day of the year" {
	# 4662 began on 2025-01-29: 2025-06-25 is 147 days on, day 148.
	run -0 --separate-stderr calconv -t chinese -o '%B|%b|%j' \
	    2025-06-25 2025-07-25
	assert_output "$(printf '%s\n' 'Sixth Month|Mo6|148' \
	    'Sixth Monthbis|Mo6bis|178')"
	run -0 --separate-stderr calconv -L zh -t chinese -o '%B' 2025-07-25
	assert_output '闰六月'
	run -0 --separate-stderr calconv -L ko -t dangi -o '%B' 2025-07-25
	assert_output '윤6월'
}

@test "-o writes the cycle, the year in it and the year's name" {
	run -0 --separate-stderr calconv -t chinese -o '%EC %EN %Ey %K %Y' \
	    2024-02-09 2024-02-10 1984-02-01 1984-02-02 1900-01-31
	assert_output "$(printf '%s\n' '78 78 40 gui-mao 4660' \
	    '78 78 41 jia-chen 4661' '77 77 60 gui-hai 4620' \
	    '78 78 1 jia-zi 4621' '76 76 37 geng-zi 4537')"
	refute_stderr
	# %EY stays the year as counted, as in other calendars without
	# era names; widths, flags and native digits apply as to numbers.
	run -0 --separate-stderr calconv -t chinese -L zh \
	    -o '%EY|%3EC|%_3EN|%02Ey|%^K|%K年' 2024-02-10
	assert_output '4661|078| 78|41|甲辰|甲辰年'
	refute_stderr
	run -0 --separate-stderr calconv -t chinese -o '%^K|%-10K|%10K' \
	    2024-02-10
	assert_output 'JIA-CHEN|jia-chen|  jia-chen'
	refute_stderr
}

@test "Korean and Vietnamese years are in the same cycle" {
	# Dangun year 4357 is the Chinese 4661: year 41 of cycle 78.
	run -0 --separate-stderr calconv -t dangi -o '%Y %EC %Ey %K' 2024-02-10
	assert_output '4357 78 41 jia-chen'
	run -0 --separate-stderr calconv -t dangi -L ko -o '%K년' 2024-02-10
	assert_output '갑진년'
	run -0 --separate-stderr calconv -t dangi -L native -o '%K' 1984-02-02
	assert_output '갑자'
	# Tet 1985 came a month before the Chinese new year.
	run -0 --separate-stderr calconv -t vietnamese,chinese \
	    -o '%EC-%Ey %K' 1985-02-01
	assert_output "$(printf '78-2 yi-chou\t78-1 jia-zi')"
	run -0 --separate-stderr calconv -t vietnamese -L native -o '%K' \
	    1985-02-01
	assert_output '乙丑'
	refute_stderr
}

@test "calendars without a cycle of years write no year name" {
	run -0 --separate-stderr calconv -t gregorian,hebrew,japanese \
	    -o '[%K]' 2024-02-10
	assert_output "$(printf '[]\t[]\t[]')"
	refute_stderr
}

@test "-p reads the cycle and the year in it back to the same day" {
	run -0 --separate-stderr calconv -t chinese -o '%EC-%Ey-%m-%d' \
	    2024-02-10 1987-08-23 1900-01-31 2100-12-31
	assert_output "$(printf '%s\n' 78-41-01-01 78-4-06L-29 76-37-01-01 \
	    79-57-12-01)"
	printf '%s\n' "${lines[@]}" >"$BATS_TEST_TMPDIR/in"
	run -0 --separate-stderr calconv -f chinese -p '%EC-%Ey-%m-%d' \
	    -F "$BATS_TEST_TMPDIR/in"
	assert_output "$(printf '%s\n' 2024-02-10 1987-08-23 1900-01-31 \
	    2100-12-31)"
	refute_stderr
	run -0 --separate-stderr calconv -f dangi -L ko -p '%EC %K %m월 %d일' \
	    '78 갑진 01월 01일' '77 갑자 01월 01일'
	assert_output "$(printf '%s\n' 2024-02-10 1924-02-05)"
	refute_stderr
}

@test "-p reads a year's name glued to text, in any language and case" {
	run -0 --separate-stderr calconv -f chinese -p '%EC %K年%m月%d日' \
	    '78 甲辰年01月01日' '78 JIA-CHEN年01月01日' '78 jiǎ-chén年01月01日'
	assert_output "$(printf '%s\n' 2024-02-10 2024-02-10 2024-02-10)"
	refute_stderr
}

@test "-p takes a year's name or place without its cycle in the nearest sixty years" {
	# Within 30 years of today (tests run between 1995 and 2053), as
	# %y takes two digits in the nearest century.
	run -0 --separate-stderr calconv -f chinese -p '%K %m-%d' \
	    'jia-chen 01-01'
	assert_output 2024-02-10
	run -0 --separate-stderr calconv -f chinese -p '%Ey %m-%d' '41 01-01'
	assert_output 2024-02-10
	refute_stderr
}

@test "-p refuses a cycle or year name that is not the year's" {
	run -1 --separate-stderr calconv -f chinese -p '%Y %K %m-%d' \
	    '4661 yi-si 01-20' '4661 jia-chen 01-20'
	assert_output "$(printf '%s\n' '4661 yi-si 01-20' 2024-02-29)"
	assert_stderr "calconv: '4661 yi-si 01-20' is not a date in chinese: 4661 is year 41 (jia-chen) of cycle 78, not year 42"
	run -1 --separate-stderr calconv -f chinese -p '%Y %EC %m-%d' \
	    '4661 77 01-20'
	assert_stderr "calconv: '4661 77 01-20' is not a date in chinese: 4661 is year 41 (jia-chen) of cycle 78, not cycle 77"
	run -1 --separate-stderr calconv -f chinese -p '%Y %EC-%Ey %m-%d' \
	    '4661 77-40 01-20'
	assert_stderr "calconv: '4661 77-40 01-20' is not a date in chinese: 4661 is year 41 (jia-chen) of cycle 78, not year 40 of cycle 77"
	run -1 --separate-stderr calconv -f chinese -p '%EC-%Ey-%m-%d' \
	    '78-61-01-01' '78-0-01-01'
	assert_stderr "$(printf '%s\n' \
	    "calconv: '78-61-01-01' is out of range in chinese: year of the cycle 61 out of range 1..60" \
	    "calconv: '78-0-01-01' is out of range in chinese: year of the cycle 0 out of range 1..60")"
	# A cycle alone names no year.
	run -1 --separate-stderr calconv -f chinese -p '%EC %m-%d' '78 01-20'
	assert_stderr "calconv: '78 01-20' is not a date in chinese: does not match the input format '%EC %m-%d'"
	# Outside the range, by the year the cycle names (98 * 60 + 1).
	run -1 --separate-stderr calconv -f chinese -p '%EC-%Ey-%m-%d' \
	    '99-1-01-01'
	assert_stderr "calconv: '99-1-01-01' is out of range in chinese: year 5881 out of range 4237..5237"
}

@test "-p reads a leap month's number with its L, and --sed finds it" {
	# 4662-06L-01 is 2025-07-25 (the first test of this file).
	run -0 --separate-stderr calconv -f chinese -t gregorian -p '%Y-%m-%d' \
	    4662-06L-01 4662-06l-01
	assert_output $'2025-07-25\n2025-07-25'
	refute_stderr
	run -0 --separate-stderr calconv -S -f chinese -t gregorian \
	    <<<'leap 4662-06L-01, not 4662-06x01 or 4662-06'
	assert_output 'leap 2025-07-25, not 4662-06x01 or 4662-06'
	refute_stderr
}
