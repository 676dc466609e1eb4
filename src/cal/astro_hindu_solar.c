/*
 * astro_hindu_solar.c: the Hindu solar calendar (Orissa rule) by modern
 * astronomy: the sun's true sidereal longitude and sunset at Ujjain,
 * Saka years.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: astro-hindu-solar-from-fixed, fixed-from-astro-hindu-solar, on
 * src/sky/hindu_sky.c and astro.h.  Facts: a month is the time the sun spends
 * in one sidereal sign, its longitude from astro.h measured from the
 * zero of R&D's sidereal-start (the Surya Siddhanta's Mesha of 285
 * CE); a day belongs to the sign the sun is in at its sunset at Ujjain
 * (the Tamil rule: a month begins on the day whose sunset follows the
 * sun's entry into the sign), sunset being the moment the sun's centre
 * is 47' below the horizon; the mean sidereal year is 365.25636 days.
 * Years are Saka years (hindu_solar.c).
 * Months are numbered 1..12 (Mesha .. Mina), named by the hand-made
 * set "hindu-solar" of names_extra.c.
 * Range: Gregorian 1900-01-01 to 2100-12-31 (RD 693596 to 767009, Saka
 * 1821-09-19 to 2022-09-15): near the present, where astro.h's
 * ephemeris correction is worth a day's decisions (astro.h) and the
 * unit tests can afford to convert every day both ways.  R&D's 33
 * sample dates (-586..2094) all convert as the book gives them; those
 * outside the range were checked so but are refused here.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/hindu_sky.h"
#include "hindu_common.h"

#define EPOCH	INT64_C(-1132959)	/* R&D hindu-epoch */
#define SOLAR_ERA	3179		/* R&D hindu-solar-era */
#define MIN_RD	INT64_C(693596)
#define MAX_RD	INT64_C(767009)

static const char *const aliases[] = { "sidereal-solar", NULL };

/* The sidereal sign of the sun at the sunset of day rd. */
static int
sign_of(int64_t rd)
{
	return hs_sidereal_zodiac(hs_sunset(rd));
}

/*
 * R&D fixed-from-astro-hindu-solar: from three days before the mean
 * sidereal sun enters the sign, the first day whose sunset finds the
 * sun in it.  That mean day is up to about 15 days early, a sunset
 * each, so the walk starts instead from the day the sun's longitude
 * that evening puts it at the sign's edge (it moves about a degree a
 * day), and from there finds the first day of the sign's run: the same
 * day, in about three sunsets.  The answers for the range are in
 * ahs_month_starts[], generated from this function before the build.
 */
int64_t
ahs_month_start_sky(int64_t y, int m)
{
	int64_t months = (y + SOLAR_ERA) * 12 + m - 1;
	int64_t rd = EPOCH - 3 + (int64_t)floor((double)months / 12.0 *
	    365.25636);
	double deg = fmod((m - 1) * 30.0 - hs_sidereal_longitude((double)rd +
	    0.75) + 540.0, 360.0) - 180.0;
	int s, ahead;

	rd += (int64_t)floor(deg * 365.25636 / 360.0);
	/* Before the run: on to it; after it (the next sign): back. */
	while ((s = sign_of(rd)) != m) {
		ahead = (int)fx_mod(s - m, 12) <= 6;
		rd += ahead ? -1 : 1;
	}
	while (sign_of(rd - 1) == m)
		rd--;
	return rd;
}

#define MIN_YEAR	AHS_FIRST
#define MAX_YEAR	AHS_LAST

/* The first day of month m (1..13, 13 being the next year's first). */
static int64_t
month_start(int64_t y, int m)
{
	if (m == 13) {
		y++;
		m = 1;
	}
	if (y < MIN_YEAR || y > MAX_YEAR + 1)
		return ahs_month_start_sky(y, m);
	return ahs_month_starts[y - MIN_YEAR][m - 1];
}

/*
 * R&D astro-hindu-solar-from-fixed: the month is the sign of the sun
 * at the day's sunset, the year that of the sidereal year at that
 * sunset, and the day counts from the month's first day, which R&D
 * finds counting back to the first sunset in the sign.  In the range
 * that month is the last of ahs_month_starts[] to begin on or before
 * the day: the mean month (365.25636 / 12 days) puts the search within
 * a month or two of it.  A unit test compares this with R&D's
 * definition for every day of the range, in and out of order.
 */
static void
from_fixed_sky(int64_t rd, struct cal_date *d)
{
	double set = hs_sunset(rd);
	int64_t y = hs_calendar_year(set) - SOLAR_ERA;
	int m = hs_sidereal_zodiac(set);

	d->year = y;
	d->month = m;
	d->day = (int)(rd - month_start(y, m)) + 1;
	d->flags = 0;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	const int32_t *s = &ahs_month_starts[0][0];
	int64_t i, last = AHS_YEARS * 12 - 1;

	if (rd < s[0] || rd >= s[last]) {
		from_fixed_sky(rd, d);
		return;
	}
	i = (rd - s[0]) * 12000 / 365256;
	if (i > last - 1)
		i = last - 1;
	while (s[i] > rd)
		i--;
	while (s[i + 1] <= rd)
		i++;
	d->year = MIN_YEAR + i / 12;
	d->month = (int)(i % 12) + 1;
	d->day = (int)(rd - s[i]) + 1;
	d->flags = 0;
}

#define ORIGIN	0
HC_SOLAR_FUNCTIONS

const struct calendar cal_astro_hindu_solar = {
	.id = "astro-hindu-solar",
	.aliases = aliases,
	.title = "Hindu (Tamil) solar by modern astronomy (sidereal sun, "
	    "sunset at Ujjain), Saka years",
	.note = "months 1..12 from Mesha; Gregorian 1900..2100; R&D ch. 20",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = MIN_YEAR,
	.max_year = MAX_YEAR,
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "hindu-solar",
	.min_rd = MIN_RD,
	.max_rd = MAX_RD,
};
