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
 * once.
 */
static void
from_fixed_sky(int64_t rd, struct cal_date *d)
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

/*
 * A day costs two sunrises and three lunar phases, and the conversions
 * to a day and the checks of a date look at many days: each thread
 * keeps the dates of the days of the range and of a margin of
 * MEMO_PAD days around it (where to_fixed() looks for a month's first
 * day), packed as MEMO_SET | flags << 22 | day << 16 | month << 12 |
 * (year - MEMO_YEAR0), 0 until computed.  The memo is a block the
 * thread allocates on its first use, so that a run which never asks for
 * this calendar clears nothing at start-up; a thread that cannot
 * allocate it computes every day.
 */
#define MEMO_PAD	64
#define MEMO_YEAR0	1900
#define MEMO_SET	UINT32_C(0x80000000)
#define MEMO_DAYS	(MAX_RD - MIN_RD + 1 + 2 * MEMO_PAD)
static _Thread_local uint32_t *memo;

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	uint32_t *m, v;

	if (rd < MIN_RD - MEMO_PAD || rd > MAX_RD + MEMO_PAD ||
	    (memo == NULL && (memo = calloc(MEMO_DAYS, sizeof *memo)) ==
	    NULL)) {
		from_fixed_sky(rd, d);
		return;
	}
	m = &memo[rd - (MIN_RD - MEMO_PAD)];
	if (*m == 0) {
		from_fixed_sky(rd, d);
		*m = MEMO_SET | d->flags << 22 | (uint32_t)d->day << 16 |
		    (uint32_t)d->month << 12 | (uint32_t)(d->year - MEMO_YEAR0);
		return;
	}
	v = *m;
	d->year = MEMO_YEAR0 + (v & 0xfff);
	d->month = (int)(v >> 12 & 0xf);
	d->day = (int)(v >> 16 & 0x3f);
	d->flags = v >> 22 & (CAL_FLAG_LEAP_MONTH | CAL_FLAG_LEAP_DAY);
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
	struct cal_date d;

	from_fixed(rd, &d);
	return d.day;
}

/*
 * Whether each month of years 1956 .. 2157 (and leap month, [1]) is
 * there, for each thread: 0 until known, then 1 (no) or 2 (yes);
 * allocated on first use, as the memo.
 */
#define MIN_YEAR	1956
#define MAX_YEAR	2157
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

/* R&D fixed-from-astro-hindu-lunar is the search of hindu_lunar.c. */
static const struct hc_lunar_sky sky = {
	.origin = 0,
	.era = LUNAR_ERA,
	.mean_month = mean_month,
	.sidereal_longitude = hs_sidereal_longitude,
	.lunar_day = hs_lunar_day,
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
