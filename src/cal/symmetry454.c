/*
 * symmetry454.c: Irv Bromberg's Symmetry454 calendar.
 *
 * Source: I. Bromberg, "Symmetry454 Calendar" and "Calendar Year
 * Calculations" (University of Toronto, individual.utoronto.ca/
 * kalendis, 2005-2019): isSymLeapYear, fixedFromSym, symFromFixed.
 * Facts: each quarter has months of 4, 5 and 4 weeks (28, 35, 28
 * days), so every month starts on a Monday; a leap year adds a leap
 * week at the end of December (month 12 then has 35 days).  Year y is
 * leap when (52y + 146) mod 293 < 52, 52 leap weeks in 293 years, so
 * the years before y hold floor((52(y-1) + 146) / 293) leap weeks.
 * Epoch: 1 January 1 = RD 1 (Monday, Gregorian 0001-01-01), Bromberg's
 * SymEpoch; the Java threeten-extra Symmetry454Chronology is the same.
 * Years are astronomical: year 0 precedes year 1.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147484701 to
 * 2147484701.
 * Overflow: 52 * |y| < 1.2e11 and the year estimate
 * 293 * |rd| < 2.3e14 are the largest products.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(1)	/* RD of 1 January 1 */

static const char *const aliases[] = { "sym454", NULL };

static int
leap(int64_t y)
{
	return fx_mod(52 * y + 146, 293) < 52;
}

/* RD of 1 January of year y. */
static int64_t
new_year(int64_t y)
{
	return EPOCH + 364 * (y - 1) + 7 * fx_div(52 * (y - 1) + 146, 293);
}

/* Days before month m: 28 a month and a week more after each 5-week one. */
static int
before(int m)
{
	return 28 * (m - 1) + 7 * (m / 3);
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	if (m == 12)
		return 28 + 7 * leap(y);
	return m % 3 == 2 ? 35 : 28;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return new_year(d->year) + before(d->month) + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* The mean year is 365 + 71/293 = 107016/293 days. */
	int64_t ny, y = fx_year_near(rd, fx_div(293 * (rd - EPOCH), 107016) + 1,
	    new_year, &ny);
	int doy, q, m;

	doy = (int)(rd - ny);			/* 0..370 */
	q = doy / 91 < 3 ? doy / 91 : 3;	/* the leap week joins Q4 */
	m = 3 * q + 1;
	if (doy - 91 * q >= 28)
		m++;
	if (doy - 91 * q >= 63)
		m++;
	d->year = y;
	d->month = m;
	d->day = doy - before(m) + 1;
	d->flags = 0;
}

const struct calendar cal_symmetry454 = {
	.id = "symmetry454",
	.aliases = aliases,
	.title = "Symmetry454 (Bromberg): 4-5-4 week quarters, leap week in "
	    "December",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147484701),
	.max_year = INT64_C(2147484701),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "gregorian",
};
