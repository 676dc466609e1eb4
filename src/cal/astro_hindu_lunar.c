/*
 * astro_hindu_lunar.c: the Hindu lunisolar calendar (amanta) by modern
 * astronomy: true new moons, the sun's sidereal longitude and sunrise
 * at Ujjain, Vikrama years, with leap months, expunged days and leap
 * days.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: astro-hindu-lunar-from-fixed, fixed-from-astro-hindu-lunar,
 * on src/sky/hindu_sky.c and astro.h.  Facts and representation: as
 * hindu_lunar.c, with the new moons, lunar phase and sun of astro.h and
 * the sunrise and sidereal zodiac of hindu_sky.c.
 * Range: Gregorian 1900-01-01 to 2100-12-31 (RD 693596 to 767009,
 * Vikrama 1956-09-30 to 2157-10-01), as astro_hindu_solar.c; the unit
 * tests convert each day of it both ways.
 */
#include <math.h>
#include <stdlib.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/astro.h"
#include "../sky/hindu_sky.h"
#include "hindu_common.h"

#define EPOCH	INT64_C(-1132959)	/* R&D hindu-epoch */
#define LUNAR_ERA	3044		/* R&D hindu-lunar-era */
#define MIN_RD	INT64_C(693596)
#define MAX_RD	INT64_C(767009)

static const char *const aliases[] = { "sidereal-lunar", NULL };

/*
 * R&D astro-hindu-lunar-from-fixed.  Its new moons before and at or
 * after the sunrise are the two sides of one new-moon number, found
 * once.  A day costs two sunrises and three lunar phases, about 0.13 M
 * instructions: the days of the range are read from the generated
 * tables instead (from_fixed()), and this is what makes them.
 */
void
ahl_from_fixed_sky(int64_t rd, struct cal_date *d)
{
	double critical = hs_sunrise(rd);
	int day = hs_lunar_day(critical);
	int64_t next = astro_new_moon_number_at_or_after(critical);
	int solar_month = hs_sidereal_zodiac(astro_nth_new_moon(next - 1));
	int month = (int)fx_amod(solar_month + 1, 12);

	d->flags = 0;
	if (day == hs_lunar_day(hs_sunrise(rd - 1)))
		d->flags |= CAL_FLAG_LEAP_DAY;
	if (solar_month == hs_sidereal_zodiac(astro_nth_new_moon(next)))
		d->flags |= CAL_FLAG_LEAP_MONTH;
	d->year = hs_calendar_year((double)(month <= 2 ? rd + 180 : rd)) -
	    LUNAR_ERA;
	d->month = month;
	d->day = day;
}

/* Entry i of a table of AHL_CHUNKS chunks: a number 1..30. */
static int
entry(const char (*t)[AHL_CHUNK + 1], int64_t i)
{
	return t[i / AHL_CHUNK][i % AHL_CHUNK] - ('a' - 1);
}

/* The first day of month i of ahl_months. */
static int64_t
month_first(int i)
{
	return AHL_BASE - AHL_BEFORE + (int64_t)(ahl_months[i] & 0x1ffff);
}

/*
 * A day of the tables: its number at sunrise, the leap day when the
 * day before has the same number, and the month of ahl_months that
 * holds it, found from the mean synodic month.
 */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t i = rd - AHL_BASE;
	int k, day;
	uint32_t w;

	if (i < 0 || i >= AHL_DAYS) {
		ahl_from_fixed_sky(rd, d);
		return;
	}
	k = (int)((double)(i + AHL_BEFORE) / 29.530588853);
	if (k > ahl_nmonths - 2)
		k = ahl_nmonths - 2;
	while (k > 0 && month_first(k) > rd)
		k--;
	while (month_first(k + 1) <= rd)
		k++;
	w = ahl_months[k];
	day = entry(ahl_sunrise_day, i + 1);
	d->year = 1900 + (w >> 22);
	d->month = (int)(w >> 17 & 0xf);
	d->day = day;
	d->flags = (w >> 21 & 1 ? CAL_FLAG_LEAP_MONTH : 0) |
	    (entry(ahl_sunrise_day, i) == day ? CAL_FLAG_LEAP_DAY : 0);
}

/* The mean moment of month k's start (R&D's mean sidereal year). */
static double
mean_month(int64_t k)
{
	return (double)EPOCH + (double)k / 12.0 * 365.25636;
}

/* The day number of day rd: its lunar day at sunrise. */
static int
day_number(int64_t rd)
{
	int64_t i = rd - AHL_BASE;
	struct cal_date d;

	if (i >= -1 && i < AHL_DAYS)
		return entry(ahl_sunrise_day, i + 1);
	ahl_from_fixed_sky(rd, &d);
	return d.day;
}

/*
 * R&D lunar-day-from-moment, which fixed-from-astro-hindu-lunar asks
 * for at 6:00 UT of a day: from ahl_lunar_day for the days of the
 * tables.
 */
static int
lunar_day(double tee)
{
	double day = floor(tee);
	int64_t i = (int64_t)day - AHL_BASE;

	if (tee - day == 0.25 && i >= 0 && i < AHL_DAYS)
		return entry(ahl_lunar_day, i);
	return hs_lunar_day(tee);
}

/*
 * The sun's sidereal longitude at the mean start of a month, which
 * fixed-from-astro-hindu-lunar asks for at mean_month(k): kept for the
 * months of years MIN_YEAR..MAX_YEAR in a block the thread allocates
 * on first use, each with the moment it is of; computed where it
 * cannot be kept.
 */
#define MIN_YEAR	1956
#define MAX_YEAR	2157
#define MEAN_MONTHS	((MAX_YEAR - MIN_YEAR + 1) * 12)
struct mean_sun {
	double	tee, longitude;
};
static _Thread_local struct mean_sun *mean_sun;

static double
sidereal_longitude(double tee)
{
	double k = floor((tee - (double)EPOCH) * 12.0 / 365.25636 + 0.5);
	double i = k - (double)((MIN_YEAR + LUNAR_ERA) * 12);
	struct mean_sun *m;

	if (!(i >= 0 && i < MEAN_MONTHS) || (mean_sun == NULL &&
	    (mean_sun = calloc(MEAN_MONTHS, sizeof *mean_sun)) == NULL))
		return hs_sidereal_longitude(tee);
	m = &mean_sun[(int)i];
	if (m->tee != tee || m->tee == 0) {
		m->tee = tee;
		m->longitude = hs_sidereal_longitude(tee);
	}
	return m->longitude;
}

/*
 * Whether each month of years 1956 .. 2157 (and leap month, [1]) is
 * there, for each thread: 0 until known, then 1 (no) or 2 (yes);
 * allocated on first use.
 */
static _Thread_local unsigned char (*months)[12][2];

static unsigned char *
known(int64_t y, int m, int leap_month)
{
	if (y < MIN_YEAR || y > MAX_YEAR || (months == NULL &&
	    (months = calloc(MAX_YEAR - MIN_YEAR + 1, sizeof *months)) ==
	    NULL))
		return NULL;
	return &months[y - MIN_YEAR][m - 1][leap_month];
}

/*
 * R&D fixed-from-astro-hindu-lunar is the search of hindu_lunar.c, on
 * the same sky read from the tables where it can be.
 */
static const struct hc_lunar_sky sky = {
	.origin = 0,
	.era = LUNAR_ERA,
	.mean_month = mean_month,
	.sidereal_longitude = sidereal_longitude,
	.lunar_day = lunar_day,
	.day_number = day_number,
	.from_fixed = from_fixed,
	.known = known,
};

HC_LUNAR_FUNCTIONS(sky)

const struct calendar cal_astro_hindu_lunar = {
	.id = "astro-hindu-lunar",
	.aliases = aliases,
	.title = "Hindu lunisolar by modern astronomy (amanta, sunrise at "
	    "Ujjain), Vikrama years",
	.note = "leap month 06L, leap day 15L, some day numbers skipped; "
	    "Gregorian 1900..2100; R&D ch. 20",
	.kind = CAL_LUNISOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = MIN_YEAR,
	.max_year = MAX_YEAR,
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "hindu-lunar",
	.min_rd = MIN_RD,
	.max_rd = MAX_RD,
	.leap_months = 1,
	.skipped = skipped,
	.repeated = repeated,
};
