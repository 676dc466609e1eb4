/*
 * persian_arithmetic.c: the arithmetic Persian calendar of Reingold &
 * Dershowitz, the 2820-year cycle as Emacs (cal-persia.el) and jcal
 * compute it.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 15: arithmetic-persian-leap-year?, fixed-from-arithmetic-persian,
 * arithmetic-persian-year-from-fixed.  Facts: the months of the Persian
 * year (fx_pmonth_* in fixed.h); 2820-year cycles of 1029983 days
 * counted from AP 475, within which year y is leap when
 * ((y' + 38) * 31) mod 128 < 31, y' = (y - 474) mod 2820 + 474.
 * R&D number the years without a year 0; here year 0 precedes AP 1,
 * so R&D's year -n is our 1 - n, and every formula of R&D, which
 * subtracts 473 from a non-positive year, becomes y - 474 throughout.
 * Epoch: 1 Farvardin AP 1 = RD 226896 (Julian 622-03-19), R&D
 * persian-epoch.
 *
 * This is not Iran's calendar (see persian.c): the 2820-year rule
 * makes AP 1404 leap instead of 1403, so every day from 2025-03-20
 * (officially 30 Esfand 1403) to 2026-03-20 is a day off.  Within the
 * official table (AP 1206-1498) it is also a day off for the years
 * that start in March 1831, 1864, 2058 and 2091 (leap 1209, 1242,
 * 1437, 1470 instead of 1210, 1243, 1436, 1469).  Nor is it Qt's
 * 2820-year cycle (persian-2820), which spreads the leap years of the
 * same cycle differently.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147486041 to
 * 2147484799.
 * Overflow: 1029983 * |cycles| < 7.9e11 + 1029983, 128 * 1029982 and
 * 31 * 3294 are small.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "persian_common.h"

#define EPOCH		INT64_C(226896)	/* RD of 1 Farvardin AP 1 */
#define CYCLE_DAYS	INT64_C(1029983)
#define CYCLE_YEARS	2820

static const char *const aliases[] = { "jalali-arithmetic", NULL };

/* Year y's place in its cycle, 474..3293. */
static int64_t
cycle_year(int64_t y)
{
	return fx_mod(y - 474, CYCLE_YEARS) + 474;
}

static int
leap(int64_t y)
{
	return fx_mod((cycle_year(y) + 38) * 31, 128) < 31;
}

/* RD of 1 Farvardin of year y (fixed-from-arithmetic-persian). */
static int64_t
new_year(int64_t y)
{
	int64_t year = cycle_year(y);

	return EPOCH + CYCLE_DAYS * fx_div(y - 474, CYCLE_YEARS) +
	    365 * (year - 1) + fx_div(31 * year - 5, 128);
}

PERSIAN_MONTHS

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* arithmetic-persian-year-from-fixed, from 1 Farvardin 475. */
	int64_t d0 = rd - new_year(475);
	int64_t n2820 = fx_div(d0, CYCLE_DAYS);
	int64_t d1 = fx_mod(d0, CYCLE_DAYS);
	int64_t y2820 = d1 == CYCLE_DAYS - 1 ? CYCLE_YEARS :
	    fx_div(128 * d1 + 46878, 46751);
	int64_t y = 474 + CYCLE_YEARS * n2820 + y2820;

	persian_date(y, (int)(rd - new_year(y)), d);
}

const struct calendar cal_persian_arithmetic = {
	.id = "persian-arithmetic",
	.aliases = aliases,
	.title = "Persian, Reingold & Dershowitz's arithmetic 2820-year cycle "
	    "(Emacs, jcal)",
	.note = "not Iran's calendar: makes AP 1404 leap instead of 1403, so "
	    "2025-03-20..2026-03-20 are a day off, and other years too",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147486041),
	.max_year = INT64_C(2147484799),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "persian",
	.week_start = 6,	/* Saturday */
};
