/*
 * test_chinese.c: the Chinese, Korean and Vietnamese calendars against
 * the Hong Kong Observatory's tables, and their leap months.
 */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "fixed.h"
#include "unit.h"
#include "validate.h"

/*
 * Every month of 1900-2100 in tests/data/chinese-hko-1900-2100.tsv
 * begins on the published day and has the published length, but one:
 * month 4 of 4543 (1906), whose new moon fell at 23:52 Beijing mean
 * time (R&D's clock before 1929, and calconv's) but 00:06 at UT+8, the
 * meridian of the table; so that month begins a day earlier here and
 * month 3 is a day shorter.
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

const struct unit_test chinese_tests[] = {
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
