/*
 * persian.c: the Solar Hijri calendar of Iran, as officially kept.
 *
 * Facts: six months of 31 days, five of 30, and Esfand of 29 or, in a
 * leap year, 30 days.  Nowruz is set by the Iranian calendar authority
 * (Center for Calendar, Geophysics Institute, University of Tehran),
 * which publishes the leap years for AP 1206-1498.  The arithmetic here
 * is the 33-year rule -- year y is leap when (25y + 11) mod 33 < 8 --
 * with the correction years in which the 52.5 degree E astronomical
 * rule moves a leap year one year later: R. Pournader's table of
 * corrections (persiancalendar, 2024), also used by ICU4X, which
 * reproduces the astronomical rule of Reingold & Dershowitz
 * (Calendrical Calculations, 4th ed., ch. 15, persian-new-year-on-or-
 * before, at 52.5 degrees E) for every year AP 1178-3000.
 *
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX.  The dates are those of
 * the official calendar for AP 1206-1498 (tested against the published
 * table) and of the astronomical rule for AP 1178-3000; outside that
 * span the 33-year rule alone is extended in both directions, a
 * convention rather than the calendar anyone kept or will keep.
 * Years are astronomical: year 0 precedes AP 1.
 * Overflow: 33 * |rd - epoch| < 2.7e13 and 365 * |year| < 8.1e11.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "persian_common.h"

/*
 * RD of 1 Farvardin AP 1 under the 33-year rule extended backwards, one
 * day before Reingold & Dershowitz's astronomical epoch (RD 226896,
 * Julian 622-03-19); with it, 1 Farvardin 1403 falls on 2024-03-20 as
 * the official table says.
 */
#define EPOCH	INT64_C(226895)

/*
 * Years the 33-year rule makes leap but the astronomical rule does not;
 * the year after each is leap instead (Pournader's NON_LEAP_CORRECTION).
 */
static const int16_t corrections[] = {
	1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898,
	1931, 1964, 1997, 2030, 2059, 2063, 2096, 2129, 2158, 2162, 2191,
	2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356, 2360,
	2389, 2393, 2422, 2426, 2455, 2459, 2488, 2492, 2521, 2525, 2554,
	2558, 2587, 2591, 2620, 2624, 2653, 2657, 2686, 2690, 2719, 2723,
	2748, 2752, 2756, 2781, 2785, 2789, 2818, 2822, 2847, 2851, 2855,
	2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979, 2983,
	2987
};

static const char *const aliases[] = { "jalali", "solar-hijri", "shamsi",
    NULL };

static int
corrected(int64_t y)
{
	size_t lo = 0, hi = sizeof(corrections) / sizeof(corrections[0]);

	if (y < corrections[0] || y > corrections[hi - 1])
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (corrections[mid] == y)
			return 1;
		if (corrections[mid] < y)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int
leap(int64_t y)
{
	if (corrected(y))
		return 0;
	if (corrected(y - 1))
		return 1;
	return fx_mod(25 * y + 11, 33) < 8;
}

/*
 * RD of 1 Farvardin of year y.  floor((8y + 21) / 33) steps up by one
 * exactly after each year the 33-year rule makes leap, since
 * 25 = -8 (mod 33).
 */
static int64_t
new_year(int64_t y)
{
	return EPOCH + 365 * (y - 1) + fx_div(8 * y + 21, 33) -
	    corrected(y - 1);
}

PERSIAN_MONTHS

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* 33 years hold 12053 days; the estimate is at most a year off. */
	int64_t ny, y = fx_year_near(rd,
	    1 + fx_div(33 * (rd - EPOCH) + 3, 12053), new_year, &ny);

	persian_date(y, (int)(rd - ny), d);
}

const struct calendar cal_persian = {
	.id = "persian",
	.aliases = aliases,
	.title = "Solar Hijri (Iran's official calendar)",
	.note = "official dates AP 1206-1498, astronomical rule 1178-3000, "
	    "33-year rule beyond",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147484714),
	.max_year = INT64_C(2147483472),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "persian",
	.week_start = 6,	/* Saturday */
};
