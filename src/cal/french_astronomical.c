/*
 * french_astronomical.c: the French Republican calendar as decreed:
 * each year begins on the day, in Paris, of the autumn equinox.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 17: midnight-in-paris, french-new-year-on-or-before,
 * fixed-from-french, french-from-fixed; with the book's astronomy
 * (ch. 14, src/sky/astro.h).  The decree of 4 Frimaire II (24 November
 * 1793) begins the year at the midnight that starts the day on which
 * the true autumn equinox falls for the Paris Observatory: here, as in
 * the book, the first day whose closing true (apparent) midnight at
 * Paris (2 degrees 20 minutes 15 seconds E) comes after the sun reaches
 * longitude 180 degrees.  Facts: twelve months of 30 days and the
 * complementary days (sansculottides) as month 13, five, or six when
 * the next year begins 366 days after this one.
 * Epoch: 1 Vendemiaire I = RD 654415 (Gregorian 1792-09-22), R&D
 * french-epoch.
 *
 * Range: years I to 1009, those beginning in 1792 to 2800 (1792-09-22
 * to 2801-09-21): the calendar began with year I, and past 2800 CE the
 * book's solar longitude series is no longer valid.  The rule gives
 * the years the Republic used, I to XIV (III, VII and XI leap, so that
 * IV, VIII and XII began on 23, 23 and 24 September), which the tests
 * check against the published dates; later years are what the decree
 * would have made of them, and a year whose equinox falls within
 * minutes of Paris midnight is a prediction.  Days outside the range
 * are refused.
 *
 * Each year's first day is computed once per thread and kept in a table.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/astro.h"
#include "french_common.h"
#include "year_cache.h"

#define EPOCH		INT64_C(654415)	/* 1 Vendemiaire I, R&D */
#define LAST_YEAR	1009
#define FIRST_RD	EPOCH			/* 1792-09-22 */
#define LAST_RD		INT64_C(1022943)	/* 2801-09-21 */

static const char *const aliases[] = { "french-equinox", NULL };

_Static_assert(YC_FRENCH_N == LAST_YEAR + 1, "yc_french is I..1010");

/* midnight-in-paris: the true midnight that ends a day, in UT. */
static double
midnight_in_paris(int64_t day)
{
	return astro_universal_from_standard(astro_midnight(day + 1,
	    &astro_paris), &astro_paris);
}

/* french-new-year-on-or-before */
static int64_t
new_year_on_or_before(int64_t date)
{
	double approx = astro_estimate_prior_solar_longitude(ASTRO_AUTUMN,
	    midnight_in_paris(date));
	int64_t day = (int64_t)floor(approx) - 1;

	while (!(astro_solar_longitude(midnight_in_paris(day)) >=
	    ASTRO_AUTUMN))
		day++;
	return day;
}

/* fixed-from-french: RD of 1 Vendemiaire of year y. */
static int64_t
first_day_of(int64_t y)
{
	return new_year_on_or_before(yc_mid_year(EPOCH, y));
}

/* The same, of year 1 + i, for the table of year_cache.h. */
int64_t
yc_french_sky(int64_t i)
{
	return first_day_of(1 + i);
}

/* The same for y in 1..LAST_YEAR + 1, through the table. */
static int64_t
new_year(int64_t y)
{
	return yc_first_day(yc_french, YC_FRENCH_N, y - 1, yc_french_mean,
	    yc_french_sky);
}

static int
leap(int64_t y)
{
	return new_year(y + 1) - new_year(y) == 366;
}

FRENCH_MONTHS

/* french-from-fixed, through the table of first days. */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = yc_year_of(rd, EPOCH, LAST_YEAR, new_year);

	french_date(y, (int)(rd - new_year(y)), d);
}

const struct calendar cal_french_astronomical = {
	.id = "french-astronomical",
	.aliases = aliases,
	.title = "French Republican, years from the autumn equinox at Paris "
	    "(R&D), complementary days as month 13",
	.note = "the calendar as used in years I-XIV; years I-1009 "
	    "(1792-09-22 to 2801-09-21)",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = 1,
	.max_year = LAST_YEAR,
	FX_CALENDAR_FUNCTIONS(fx_thirteen),
	.names = "french",
	.min_rd = FIRST_RD,
	.max_rd = LAST_RD,
};
