/*
 * iso_week.c: ISO 8601 week dates, YYYY-Www-D.
 *
 * Source: ISO 8601-1:2019, 5.2.4 (week 1 is the week holding the year's
 * first Thursday, weeks start on Monday); Reingold & Dershowitz,
 * Calendrical Calculations (4th ed.), 5.1, fixed-from-iso and
 * iso-from-fixed.  In struct cal_date, month is the week (1..52 or 53)
 * and day the weekday (1 = Monday .. 7 = Sunday).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX; the Gregorian arithmetic
 * in fixed.c bounds the products.
 */
#include "../calendar.h"
#include "../fixed.h"

static const char *const aliases[] = { "isoweek", "week", NULL };

/* RD of the Monday of week 1: the Monday on or before 4 January. */
static int64_t
week_one(int64_t y)
{
	int64_t jan4 = fx_greg_fixed(y, 1, 4);

	return jan4 - fx_mod(jan4 - 1, 7);	/* RD 1 was a Monday */
}

static int
weeks(int64_t y)
{
	return (int)((week_one(y + 1) - week_one(y)) / 7);
}

static int
weekdays(int64_t y, int w, uint32_t flags)
{
	(void)y;
	(void)w;
	(void)flags;
	return 7;
}

static int
long_year(int64_t y)
{
	return weeks(y) == 53;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return week_one(d->year) + 7 * (d->month - 1) + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/*
	 * A week belongs to the year of its Thursday, and is numbered by
	 * how many Thursdays of that year came before it (ISO 8601-1,
	 * 3.2.2 and 5.2.4.1).
	 */
	int wd = (int)fx_amod(rd, 7);		/* RD 1 was a Monday */
	int64_t y;
	int m, day, leap, thu;

	fx_greg_date(rd, &y, &m, &day);
	leap = fx_greg_leap(y);
	/* The Thursday's day of the year, 0-based, may leave the year. */
	thu = fx_jmonth_before(m, leap) + day - 1 + 4 - wd;
	if (thu < 0) {
		y--;
		thu += 365 + fx_greg_leap(y);
	} else if (thu >= 365 + leap) {
		thu -= 365 + leap;
		y++;
	}
	d->year = y;
	d->month = thu / 7 + 1;
	d->day = wd;
	d->flags = 0;
}

const struct calendar cal_iso_week = {
	.id = "iso-week",
	.aliases = aliases,
	.title = "ISO 8601 week date, YYYY-Www-D",
	.note = NULL,
	.kind = CAL_WEEK,
	.shape = CAL_SHAPE_WEEK,
	.min_year = INT64_C(-2147483647),
	.max_year = INT64_C(2147483648),
	.months_in_year = weeks,
	.days_in_month = weekdays,
	.is_leap = long_year,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
};
