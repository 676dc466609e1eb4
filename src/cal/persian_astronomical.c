/*
 * persian_astronomical.c: the Solar Hijri calendar by the sun: Nowruz
 * is the day at whose noon the March equinox has passed, noon being
 * true (apparent) noon on the meridian of 52.5 degrees E.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 15: midday-in-tehran, persian-new-year-on-or-before,
 * fixed-from-persian, persian-from-fixed; with the book's astronomy
 * (ch. 14, src/sky/astro.h).  The book places noon at Tehran (51.42
 * degrees E); this calendar uses 52.5 degrees E, the meridian of Iran's
 * standard time (UT+3:30) by which the Iranian calendar authority
 * (Center for Calendar, Geophysics Institute, University of Tehran)
 * decides Nowruz; at Tehran's meridian seven years of AP 1178-3000
 * would begin a day early, AP 1470 (2091-03-20, officially 03-21)
 * among them.  Facts: six months of 31 days, five of 30, and
 * Esfand of 29 days, or 30 when the next Nowruz is 366 days after this
 * one.  Epoch: 1 Farvardin AP 1 = RD 226896 (Julian 622-03-19), R&D
 * persian-epoch; at 52.5 degrees E the rule gives the same day.
 *
 * Range: AP 1 to AP 3000 (Julian 622-03-19 to 3622-03-20).  Nowruz 1206-1498
 * is the official table's (a unit test compares every year) and every
 * day of AP 1178-3000 is that of `persian', the 33-year rule with its
 * correction years, which a unit test compares day by day.  Below AP 1
 * the calendar did not exist; above AP 3000 (3621 CE) the solar
 * longitude series (valid to 2800 CE) and the extrapolated Delta T
 * make the day of an equinox near noon a guess.  Nearer the ends the
 * day of a Nowruz whose equinox falls within minutes of noon is a
 * prediction, not a fact.  Days outside the range are refused.
 *
 * Each year's Nowruz is computed once per thread and kept in a table.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/astro.h"
#include "persian_common.h"
#include "year_cache.h"

#define EPOCH		INT64_C(226896)	/* 1 Farvardin 1, R&D */
#define LAST_YEAR	3000
#define FIRST_RD	EPOCH			/* 0622-03-19 Julian */
#define LAST_RD		INT64_C(1322622)	/* 3622-03-20, 29 Esfand 3000 */

static const char *const aliases[] = { "jalali-astronomical",
    "solar-hijri-astronomical", NULL };

/*
 * Only the meridian and the zone matter to noon; the latitude and
 * height are Tehran's (R&D persian-location).
 */
static const struct astro_location meridian = { 35.68, 52.5, 1100.0,
    3.5 / 24.0 };

_Static_assert(YC_PERSIAN_N == LAST_YEAR + 1, "yc_persian is AP 1..3001");

/* midday-in-tehran, at 52.5 degrees E: true noon of a day, in UT. */
static double
noon(int64_t day)
{
	return astro_universal_from_standard(astro_midday(day, &meridian),
	    &meridian);
}

/* persian-new-year-on-or-before */
static int64_t
new_year_on_or_before(int64_t date)
{
	double approx = astro_estimate_prior_solar_longitude(ASTRO_SPRING,
	    noon(date));
	int64_t day = (int64_t)floor(approx) - 1;

	while (astro_solar_longitude(noon(day)) > ASTRO_SPRING + 2)
		day++;
	return day;
}

/* fixed-from-persian: RD of 1 Farvardin of year y. */
static int64_t
nowruz_of(int64_t y)
{
	return new_year_on_or_before(yc_mid_year(EPOCH, y));
}

/* The same, of year 1 + i, for the table of year_cache.h. */
int64_t
yc_persian_sky(int64_t i)
{
	return nowruz_of(1 + i);
}

/* The same for y in 1..LAST_YEAR + 1, through the table. */
static int64_t
new_year(int64_t y)
{
	return yc_first_day(yc_persian, YC_PERSIAN_N, y - 1, yc_persian_mean,
	    yc_persian_sky);
}

static int
leap(int64_t y)
{
	return new_year(y + 1) - new_year(y) == 366;
}

PERSIAN_MONTHS

/* persian-from-fixed, through the table of Nowruz days. */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = yc_year_of(rd, EPOCH, LAST_YEAR, new_year);

	persian_date(y, (int)(rd - new_year(y)), d);
}

const struct calendar cal_persian_astronomical = {
	.id = "persian-astronomical",
	.aliases = aliases,
	.title = "Solar Hijri by the equinox before true noon at 52.5 E "
	    "(R&D astronomical)",
	.note = "AP 1-3000 (622-3622); equals persian on AP 1178-3000",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = 1,
	.max_year = LAST_YEAR,
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "persian",
	.week_start = 6,	/* Saturday */
	.min_rd = FIRST_RD,
	.max_rd = LAST_RD,
};
