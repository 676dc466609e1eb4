/*
 * gregorian.c: the proleptic Gregorian calendar.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 2 (fixed-from-gregorian, gregorian-from-fixed); ISO 8601 year
 * numbering, so year 0 is 1 BCE and year -1 is 2 BCE.
 * Epoch: RD 1 = 0001-01-01.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147483648 to
 * 2147483647 (the bounds below).  The year arithmetic lives in fixed.c,
 * where its overflow bound is argued.
 */
#include "../calendar.h"
#include "../fixed.h"

static const char *const aliases[] = { "gregory", "iso", NULL };

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return fx_jmonth_days(m, fx_greg_leap(y));
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return fx_greg_fixed(d->year, d->month, d->day);
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int m, day;

	fx_greg_date(rd, &d->year, &m, &day);
	d->month = m;
	d->day = day;
	d->flags = 0;
}

const struct calendar cal_gregorian = {
	.id = "gregorian",
	.aliases = aliases,
	.title = "proleptic Gregorian, ISO 8601 years (0 = 1 BCE)",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147483647),
	.max_year = INT64_C(2147483647),
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = fx_greg_leap,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
};
