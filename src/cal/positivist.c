/*
 * positivist.c: Auguste Comte's Positivist calendar.
 *
 * Source: A. Comte, Calendrier positiviste (Paris, 1849), and the
 * Catechisme positiviste (1852).  Facts: thirteen months of 28 days
 * (Moses, Homer, Aristotle, Archimedes, Caesar, Saint Paul,
 * Charlemagne, Dante, Gutenberg, Shakespeare, Descartes, Frederic,
 * Bichat), then the festival of all the dead and, in leap years, the
 * festival of holy women; here those one or two days are month 14.
 * The year begins on 1 January and is leap with the Gregorian year,
 * so year y is Gregorian year y + 1788 and the day of the year is the
 * Gregorian one (python-convertdate's positivist module numbers the
 * festival days the same way).
 * Epoch: 1 Moses 1 = RD 653055 (Gregorian 1789-01-01).
 * Years are astronomical: year 0 precedes year 1, and dates before
 * 1789 are proleptic.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147485435 to
 * 2147481859.  Overflow: only the Gregorian arithmetic of fixed.c,
 * on years below 2.2e9.
 */
#include "../calendar.h"
#include "../fixed.h"

#define OFFSET	1788	/* Gregorian year - Positivist year */

static int
leap(int64_t y)
{
	return fx_greg_leap(y + OFFSET);
}

static int
months(int64_t y)
{
	(void)y;
	return 14;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return m <= 13 ? 28 : 1 + leap(y);
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return fx_greg_fixed(d->year + OFFSET, 1, 1) + 28 * (d->month - 1) +
	    d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = fx_greg_year(rd);
	int doy = (int)(rd - fx_greg_fixed(y, 1, 1));	/* 0..365 */
	int m = doy < 364 ? doy / 28 + 1 : 14;

	d->year = y - OFFSET;
	d->month = m;
	d->day = doy - 28 * (m - 1) + 1;
	d->flags = 0;
}

const struct calendar cal_positivist = {
	.id = "positivist",
	.aliases = NULL,
	.title = "Positivist (Comte), 13 months of 28 days, festival days as "
	    "month 14",
	.note = "year 1 = 1789; month 14 is the day of all the dead and, in "
	    "leap years, of holy women",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147485435),
	.max_year = INT64_C(2147481859),
	FX_CALENDAR_FUNCTIONS(months),
	.names = "positivist",
};
