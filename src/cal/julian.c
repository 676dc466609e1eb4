/*
 * julian.c: the proleptic Julian calendar.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 3 (fixed-from-julian, julian-from-fixed), here with astronomical
 * year numbering (year 0 = 1 BCE), so the leap rule is simply y mod 4.
 * Epoch: Julian 0001-01-01 = RD -1 (Gregorian 0000-12-30).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX.  Overflow: the largest
 * products, 4 * (rd - epoch) < 3.2e12 and 365 * year < 8.1e11, fit
 * int64_t.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-1)	/* RD of Julian 0001-01-01 */

static int
leap(int64_t y)
{
	return fx_mod(y, 4) == 0;
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
	int64_t p = y - 1;

	return EPOCH - 1 + 365 * p + fx_div(p, 4) +
	    fx_jmonth_before(m, leap(y)) + d;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return fixed(d->year, d->month, d->day);
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* Four Julian years are exactly 1461 days (R&D julian-from-fixed). */
	int64_t y = fx_div(4 * (rd - EPOCH) + 1464, 1461);
	int doy, lp, m;

	doy = (int)(rd - fixed(y, 1, 1));
	lp = leap(y);
	m = fx_jmonth_of(doy, lp);
	d->year = y;
	d->month = m;
	d->day = doy - fx_jmonth_before(m, lp) + 1;
	d->flags = 0;
}

const struct calendar cal_julian = {
	.id = "julian",
	.aliases = NULL,
	.title = "proleptic Julian, astronomical years (0 = 1 BCE)",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147439551),
	.max_year = INT64_C(2147439551),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "gregorian",
};
