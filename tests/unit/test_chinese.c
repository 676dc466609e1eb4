/*
 * test_chinese.c: the Chinese, Korean and Vietnamese calendars against
 * the Hong Kong Observatory's tables, their leap months, and the
 * sexagenary cycle their years are counted in.
 */
#include <stdio.h>
#include <string.h>

#include "cal/chinese_common.h"
#include "calendar.h"
#include "describe.h"
#include "fixed.h"
#include "format.h"
#include "names.h"
#include "unit.h"
#include "validate.h"

/*
 * Every month of 1900-2100 in tests/data/chinese-hko-1900-2100.tsv
 * begins on the published day and has the published length, but one:
 * month 4 of 4543 (1906), whose new moon fell at 23:52 Beijing mean
 * time (R&D's clock before 1929, and calconv's) but 00:06 at UT+8; the
 * table has the later day, so that month begins a day earlier here and
 * month 3 is a day shorter.  The table does not keep UT+8 before 1929
 * (the new moons of 1914-11-17, 1916-02-03 and 1920-11-10 fell just
 * before midnight in Beijing mean time and after it at UT+8, and it has
 * the mean-time day there); what sets its 1906 date is not known.
 */
static void
every_month_matches_the_hong_kong_observatory(void)
{
	FILE *f = fopen("tests/data/chinese-hko-1900-2100.tsv", "r");
	char line[128], lens[16];
	int y0, gy, gm, gd, leap, months = 0, years = 0;

	CHECK(f != NULL, "tests/data/chinese-hko-1900-2100.tsv not found");
	if (f == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		int64_t start;
		int i, m;

		if (line[0] == '#' || sscanf(line, "%d\t%d-%d-%d\t%d\t%15s",
		    &y0, &gy, &gm, &gd, &leap, lens) != 6)
			continue;
		years++;
		start = fx_greg_fixed(gy, gm, gd);
		for (i = 0, m = 1; lens[i] != '\0'; i++) {
			struct cal_date d = { y0, m, 1, 0 };
			int len = lens[i] == 'L' ? 30 : 29, shift = 0;

			if (leap != 0 && i == leap)
				d.flags = CAL_FLAG_LEAP_MONTH;
			else
				d.month = m = i < leap || leap == 0 ? i + 1 : i;
			if (y0 == 4543 && m == 4 && d.flags == 0) {
				shift = -1;
				len++;
			}
			if (y0 == 4543 && m == 3)
				len--;
			CHECK(cal_chinese.to_fixed(&d) == start + shift,
			    "%d-%02d%s-01: RD %lld, want %lld", y0, d.month,
			    d.flags ? "L" : "", (long long)cal_chinese.to_fixed(&d),
			    (long long)(start + shift));
			CHECK(cal_chinese.days_in_month(y0, d.month, d.flags) ==
			    len, "%d-%02d%s has %d days, want %d", y0, d.month,
			    d.flags ? "L" : "", cal_chinese.days_in_month(y0,
			    d.month, d.flags), len);
			start += lens[i] == 'L' ? 30 : 29;
			months++;
		}
		CHECK(cal_chinese.is_leap(y0) == (leap != 0), "%d leap", y0);
	}
	fclose(f);
	CHECK(years == 201 && months == 2486, "%d years, %d months read",
	    years, months);
}

static void
a_leap_flag_on_a_month_without_one_is_refused_by_name(void)
{
	struct cal_date d = { 4662, 5, 1, CAL_FLAG_LEAP_MONTH };
	struct cal_error e;
	char why[256];
	int64_t rd;

	CHECK(cal_validate(&cal_chinese, &d, &rd, &e) == CAL_ELEAP,
	    "4662-05L accepted");
	cal_describe(&cal_chinese, &e, why, sizeof(why));
	CHECK(strstr(why, "4662 has no leap month 5 (its leap month is 6L)")
	    != NULL, "message: %s", why);
	d.year = 4661;		/* 2024: no leap month at all */
	CHECK(cal_validate(&cal_chinese, &d, &rd, &e) == CAL_ELEAP,
	    "4661-05L accepted");
	cal_describe(&cal_chinese, &e, why, sizeof(why));
	CHECK(strstr(why, "4661 has no leap month") != NULL, "message: %s",
	    why);
	d.month = 6;
	d.year = 4662;
	CHECK(cal_validate(&cal_chinese, &d, &rd, &e) == CAL_OK &&
	    rd == fx_greg_fixed(2025, 7, 25), "4662-06L-01");
}

/* The three calendars share the rules; where their clocks agree, so do
 * their months. */
static void
calendars_on_the_same_clock_agree(void)
{
	int64_t rd, a = fx_greg_fixed(1930, 3, 1);
	int64_t b = fx_greg_fixed(1967, 12, 1), c = fx_greg_fixed(1913, 3, 1);
	struct cal_date x, y;
	int n = 0, diff = 0;

	/* 1929-1967: China and Vietnam both at UT+8. */
	for (rd = a; rd <= b; rd++) {
		cal_chinese.from_fixed(rd, &x);
		cal_vietnamese.from_fixed(rd, &y);
		CHECK(x.year == y.year && x.month == y.month &&
		    x.day == y.day && x.flags == y.flags, "RD %lld",
		    (long long)rd);
	}
	/* Korea at UT+9 from 1912: some months begin a day later. */
	for (rd = c; rd <= b; rd++) {
		cal_chinese.from_fixed(rd, &x);
		cal_dangi.from_fixed(rd, &y);
		/* Only a new year's day may fall in different years. */
		CHECK(y.year == x.year - 304 || (x.month == 1 && x.day == 1) ||
		    (y.month == 1 && y.day == 1), "RD %lld: years",
		    (long long)rd);
		diff += x.day != y.day;
		n++;
	}
	CHECK(diff > 0 && diff < n / 10, "%d of %d days differ", diff, n);
}

/* Round trips and order over the whole range, with the range's ends. */
static void
every_day_round_trips_and_the_range_is_refused_outside(void)
{
	const struct calendar *cals[] = { &cal_chinese, &cal_dangi,
	    &cal_vietnamese };
	size_t i;

	for (i = 0; i < sizeof(cals) / sizeof(cals[0]); i++) {
		const struct calendar *cal = cals[i];
		struct cal_date d, prev = { 0, 0, 0, 0 };
		struct cal_error e;
		int64_t rd, back;

		for (rd = cal->min_rd; rd <= cal->max_rd; rd++) {
			cal->from_fixed(rd, &d);
			if (cal_validate(cal, &d, &back, &e) != CAL_OK ||
			    back != rd) {
				CHECK(0, "%s RD %lld does not round-trip",
				    cal->id, (long long)rd);
				break;
			}
			CHECK(rd == cal->min_rd || d.day == prev.day + 1 ||
			    (d.day == 1 && prev.day >= 29), "%s RD %lld: day "
			    "order", cal->id, (long long)rd);
			prev = d;
		}
		cal->from_fixed(cal->min_rd, &d);
		CHECK(d.year == cal->min_year && d.month == 1 && d.day == 1 &&
		    fx_greg_fixed(1600, 1, 1) <= cal->min_rd &&
		    cal->min_rd < fx_greg_fixed(1600, 3, 1), "%s first day",
		    cal->id);
		d.year = cal->max_year + 1;
		d.month = d.day = 1;
		d.flags = 0;
		CHECK(cal_validate(cal, &d, &back, &e) == CAL_EYEAR,
		    "%s accepts the year after its range", cal->id);
	}
}

/*
 * R&D 19.3 (chinese-from-fixed): year 1 of the epoch is year 1 of cycle
 * 1, so years 1..60 are cycle 1 and year 0 is the last of cycle 0; and
 * 2024's year, 4661, is year 41 of cycle 78, as 1984's (4621) was the
 * first of it.
 */
static void
years_fall_in_sexagenary_cycles_from_the_epoch(void)
{
	static const struct {
		int64_t	y, cycle, pos;
	} rows[] = {
		{ 1, 1, 1 }, { 60, 1, 60 }, { 61, 2, 1 }, { 0, 0, 60 },
		{ -59, 0, 1 }, { -60, -1, 60 }, { 4621, 78, 1 },
		{ 4661, 78, 41 }, { 4680, 78, 60 }, { 4681, 79, 1 },
	};
	size_t i;
	int64_t y;

	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		CHECK(fx_cycle_of(rows[i].y, 60) == rows[i].cycle &&
		    fx_amod(rows[i].y, 60) == rows[i].pos, "year %lld",
		    (long long)rows[i].y);
		CHECK(fx_cycle_year(rows[i].cycle, rows[i].pos, 60) ==
		    rows[i].y, "cycle %lld year %lld", (long long)rows[i].cycle,
		    (long long)rows[i].pos);
	}
	for (y = -5000; y <= 10000; y++)
		CHECK(fx_cycle_year(fx_cycle_of(y, 60), fx_amod(y, 60), 60) == y,
		    "year %lld round-trips", (long long)y);
}

/*
 * The three calendars name the same cycle for the same day: 2024-03-01
 * is in Chinese and Vietnamese 4661 and Korean (Dangun) 4357, year 41
 * of cycle 78 in each, as 1984-03-01 is year 1.
 */
static void
the_three_calendars_share_one_cycle(void)
{
	const struct calendar *cals[] = { &cal_chinese, &cal_dangi,
	    &cal_vietnamese };
	static const int gy[] = { 1984, 2024, 1600, 2600 };
	struct cal_date d;
	int64_t pos, cycle, want_pos, want_cycle;
	size_t i, k;

	for (k = 0; k < sizeof(gy) / sizeof(gy[0]); k++) {
		/* Year 1 of the first cycle began in -2636, 1 BCE being 0. */
		want_cycle = fx_cycle_of(gy[k] + 2637, 60);
		want_pos = fx_amod(gy[k] + 2637, 60);
		for (i = 0; i < 3; i++) {
			cals[i]->from_fixed(fx_greg_fixed(gy[k], 6, 1), &d);
			cycle = cal_cycle(cals[i], d.year, &pos);
			CHECK(cals[i]->year_cycle == 60 && cycle == want_cycle &&
			    pos == want_pos, "%s %d: cycle %lld year %lld",
			    cals[i]->id, gy[k], (long long)cycle,
			    (long long)pos);
		}
	}
	cal_dangi.from_fixed(fx_greg_fixed(2024, 3, 1), &d);
	CHECK(d.year == 4357 && cal_cycle(&cal_dangi, d.year, &pos) == 78 &&
	    pos == 41, "dangi 2024");
	CHECK(cal_gregorian.year_cycle == 0, "gregorian has no cycle");
}

/*
 * CLDR's names of the sixty years are the pairs of R&D's
 * chinese-sexagesimal-name: stem n amod 10 and branch n amod 12, the
 * ten celestial stems and twelve terrestrial branches written in
 * Chinese characters, in their Korean readings and in pinyin.
 */
static void
the_year_names_pair_stems_and_branches(void)
{
	static const char *const zh_stem[] = { "甲", "乙", "丙", "丁", "戊",
	    "己", "庚", "辛", "壬", "癸" };
	static const char *const zh_branch[] = { "子", "丑", "寅", "卯", "辰",
	    "巳", "午", "未", "申", "酉", "戌", "亥" };
	static const char *const ko_stem[] = { "갑", "을", "병", "정", "무",
	    "기", "경", "신", "임", "계" };
	static const char *const ko_branch[] = { "자", "축", "인", "묘", "진",
	    "사", "오", "미", "신", "유", "술", "해" };
	static const char *const en_stem[] = { "jia", "yi", "bing", "ding",
	    "wu", "ji", "geng", "xin", "ren", "gui" };
	static const char *const en_branch[] = { "zi", "chou", "yin", "mao",
	    "chen", "si", "wu", "wei", "shen", "you", "xu", "hai" };
	const struct cal_nameset *cn = names_set("chinese"),
	    *ko = names_set("dangi");
	const char *const *zh = names_lang(cn, "zh")->cyclic_year,
	    *const *kor = names_lang(ko, "ko")->cyclic_year,
	    *const *en = names_lang(cn, "en")->cyclic_year;
	char want[32];
	int n;

	CHECK(zh != NULL && kor != NULL && en != NULL &&
	    names_lang(ko, "en")->cyclic_year == en, "the lists exist");
	if (zh == NULL || kor == NULL || en == NULL)
		return;
	for (n = 1; n <= 60; n++) {
		snprintf(want, sizeof(want), "%s%s", zh_stem[(n - 1) % 10],
		    zh_branch[(n - 1) % 12]);
		CHECK(strcmp(zh[n - 1], want) == 0, "zh %d: %s", n, zh[n - 1]);
		snprintf(want, sizeof(want), "%s%s", ko_stem[(n - 1) % 10],
		    ko_branch[(n - 1) % 12]);
		CHECK(strcmp(kor[n - 1], want) == 0, "ko %d: %s", n,
		    kor[n - 1]);
		snprintf(want, sizeof(want), "%s-%s", en_stem[(n - 1) % 10],
		    en_branch[(n - 1) % 12]);
		CHECK(strcmp(en[n - 1], want) == 0, "en %d: %s", n, en[n - 1]);
	}
	CHECK(strcmp(zh[40], "甲辰") == 0 && strcmp(kor[40], "갑진") == 0,
	    "2024 is 甲辰, 갑진");
	CHECK(names_lang(names_set("gregorian"), "en")->cyclic_year == NULL,
	    "gregorian has no year names");
}

/*
 * The years of chinese_table.c, generated before the build, are those
 * the astronomy gives now: every UNIT_STRIDE-th year of each calendar
 * (make check-chinese-table compares every year).
 */
static void
the_generated_years_match_the_astronomy(void)
{
	static const struct cn_rules *const rules[] = { &cn_rules_chinese,
	    &cn_rules_dangi, &cn_rules_vietnamese };
	struct cn_year t, c;
	int64_t g, step = unit_stride();
	size_t k;
	int i, same;

	for (k = 0; k < sizeof(rules) / sizeof(rules[0]); k++) {
		for (g = CN_FIRST + (int64_t)k; g <= CN_LAST; g += step) {
			cn_year(rules[k], g, &t);
			cn_compute_year(rules[k], g, &c);
			same = t.n == c.n && t.leap == c.leap;
			for (i = 0; same && i <= c.n; i++)
				same = t.start[i] == c.start[i];
			CHECK(same, "table %zu, year %lld", k, (long long)g);
		}
		CHECK(rules[k]->table != NULL, "table %zu is used", k);
	}
}

const struct unit_test chinese_tests[] = {
	{ "the generated years match the astronomy",
	    the_generated_years_match_the_astronomy },
	{ "years fall in sexagenary cycles from the epoch",
	    years_fall_in_sexagenary_cycles_from_the_epoch },
	{ "the three calendars share one cycle",
	    the_three_calendars_share_one_cycle },
	{ "the year names pair stems and branches",
	    the_year_names_pair_stems_and_branches },
	{ "every Chinese month of 1900-2100 matches the Hong Kong "
	    "Observatory", every_month_matches_the_hong_kong_observatory },
	{ "a leap flag on a month without one is refused by name",
	    a_leap_flag_on_a_month_without_one_is_refused_by_name },
	{ "the Chinese-style calendars agree where their clocks do",
	    calendars_on_the_same_clock_agree },
	{ "every day round-trips; outside the range is refused",
	    every_day_round_trips_and_the_range_is_refused_outside },
	{ NULL, NULL },
};
