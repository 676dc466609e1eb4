/*
 * ordinal.c: ISO 8601 ordinal dates, YYYY-DDD.
 *
 * Source: ISO 8601-1:2019, 5.2.3: the Gregorian year and the day of
 * that year, 001..365 or 366.  In struct cal_date the year has a single
 * month holding all its days.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX (the Gregorian range).
 */
#include "../calendar.h"
#include "../fixed.h"

static const char *const aliases[] = { "iso-ordinal", "doy", NULL };

static int
year_days(int64_t y, int m, uint32_t flags)
{
	(void)m;
	(void)flags;
	return 365 + fx_greg_leap(y);
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return fx_greg_fixed(d->year, 1, 1) + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	d->year = fx_greg_year(rd);
	d->month = 1;
	d->day = (int32_t)(rd - fx_greg_fixed(d->year, 1, 1)) + 1;
	d->flags = 0;
}

const struct calendar cal_ordinal = {
	.id = "ordinal",
	.aliases = aliases,
	.title = "ISO 8601 ordinal date, YYYY-DDD",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_ORDINAL,
	.min_year = INT64_C(-2147483647),
	.max_year = INT64_C(2147483647),
	.months_in_year = fx_one,
	.days_in_month = year_days,
	.is_leap = fx_greg_leap,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
};
