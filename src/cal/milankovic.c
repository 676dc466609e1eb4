/*
 * milankovic.c: the Revised Julian calendar of Milutin Milanković (1923).
 *
 * Facts: months as in the Julian calendar; a year is leap when it is
 * divisible by 4, except century years, which are leap only when the
 * year mod 900 is 200 or 600 (so 2000 and 2400 are leap, 2100 and 2800
 * are not).  Leap-year counting as in Reingold & Dershowitz's treatment
 * of Gregorian-style rules (Calendrical Calculations, 4th ed., 2.2 and
 * the revised-julian exercise); the epoch coincides with the proleptic
 * Gregorian one: both count 412 leap years in years 1..1699, so the two
 * calendars agree on every day from 1600-03-01 to 2800-02-28.
 * Years are astronomical (0 = 1 BCE).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX.  Overflow: 900 * |rd|
 * < 7.1e14 is the largest product.
 */
#include "../calendar.h"
#include "../fixed.h"

static const char *const aliases[] = { "revised-julian", NULL };

static int
leap(int64_t y)
{
	int64_t r;

	if (fx_mod(y, 4) != 0)
		return 0;
	if (fx_mod(y, 100) != 0)
		return 1;
	r = fx_mod(y, 900);
	return r == 200 || r == 600;
}

/* Leap years in 1..n (negative n counts backwards, consistently). */
static int64_t
leaps_through(int64_t n)
{
	return fx_div(n, 4) - fx_div(n, 100) + fx_div(n + 700, 900) +
	    fx_div(n + 300, 900);
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return fx_jmonth_days(m, leap(y));
}

static int64_t
fixed(int64_t y, int m, int d)
{
	return 365 * (y - 1) + leaps_through(y - 1) +
	    fx_jmonth_before(m, leap(y)) + d;
}

/* RD of 1 January of year y. */
static int64_t
new_year(int64_t y)
{
	return 365 * (y - 1) + leaps_through(y - 1) + 1;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return fixed(d->year, d->month, d->day);
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* 900 years are exactly 328718 days; the estimate is off by <= 1. */
	int64_t ny, y = fx_year_near(rd, fx_div(900 * (rd - 1), 328718) + 1,
	    new_year, &ny);
	int doy, lp, m;

	doy = (int)(rd - ny);
	lp = leap(y);
	m = fx_jmonth_of(doy, lp);
	d->year = y;
	d->month = m;
	d->day = doy - fx_jmonth_before(m, lp) + 1;
	d->flags = 0;
}

const struct calendar cal_milankovic = {
	.id = "milankovic",
	.aliases = aliases,
	.title = "Revised Julian (Milankovic), astronomical years",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147485281),
	.max_year = INT64_C(2147485281),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "gregorian",
};
