/*
 * astro_hindu_solar.c: the Hindu solar calendar (Orissa rule) by modern
 * astronomy: the sun's true sidereal longitude and sunset at Ujjain,
 * Saka years.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: astro-hindu-solar-from-fixed, fixed-from-astro-hindu-solar, on
 * hindu_sky.c and astro.c.  Facts: a month is the time the sun spends
 * in one sidereal sign, its longitude from astro.c measured from the
 * zero of R&D's sidereal-start (the Surya Siddhanta's Mesha of 285
 * CE); a day belongs to the sign the sun is in at its sunset at Ujjain
 * (the Tamil rule: a month begins on the day whose sunset follows the
 * sun's entry into the sign), sunset being the moment the sun's centre
 * is 47' below the horizon; the mean sidereal year is 365.25636 days.
 * Years are Saka years (hindu_solar.c).
 * Months are numbered 1..12 (Mesha .. Mina), named by the hand-made
 * set "hindu-solar" of names_extra.c.
 * Range: Gregorian 1900-01-01 to 2100-12-31 (RD 693596 to 767009, Saka
 * 1821-09-19 to 2022-09-15): near the present, where astro.c's
 * ephemeris correction is worth a day's decisions (astro.h) and the
 * unit tests can afford to convert every day both ways.  R&D's 33
 * sample dates (-586..2094) all convert as the book gives them; those
 * outside the range were checked so but are refused here.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../hindu_sky.h"

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
 * sun in it.  Up to 34 sunsets: month_start() keeps the answers.
 */
static int64_t
month_start_sky(int64_t y, int m)
{
	int64_t months = (y + SOLAR_ERA) * 12 + m - 1;
	int64_t rd = EPOCH - 3 + (int64_t)floor((double)months / 12.0 *
	    365.25636);

	while (sign_of(rd) != fx_amod(m, 12))
		rd++;
	return rd;
}

/*
 * The first days of the months of years MIN_YEAR .. MAX_YEAR + 1 (the
 * last year's twelfth month ends when the next year begins), 0 until
 * computed.  Each thread fills its own, as chinese.c's.
 */
#define MIN_YEAR	1821
#define MAX_YEAR	2022
static _Thread_local int32_t starts[MAX_YEAR - MIN_YEAR + 2][12];

/* The first day of month m (1..13, 13 being the next year's first). */
static int64_t
month_start(int64_t y, int m)
{
	int32_t *s;

	if (m == 13) {
		y++;
		m = 1;
	}
	if (y < MIN_YEAR || y > MAX_YEAR + 1)
		return month_start_sky(y, m);
	s = &starts[y - MIN_YEAR][m - 1];
	if (*s == 0)
		*s = (int32_t)month_start_sky(y, m);
	return *s;
}

/* The first day of year y. */
static int64_t
year_start(int64_t y)
{
	return month_start(y, 1);
}

/*
 * R&D astro-hindu-solar-from-fixed finds the sign of the sun at the
 * day's sunset and counts back to the first sunset in that sign; its
 * year is the sidereal year of that sunset.  As the sun stays in a sign
 * for a run of about 30 days and the signs come in order, the same
 * date is the month, among the month starts above, that the day falls
 * in: found so, a day costs no sunsets once its year is known.  A unit
 * test compares the two ways for every day of the range.
 */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* The mean year is a year off at most: the sun is days from it. */
	int64_t y = fx_year_holding(rd, (int64_t)floor((double)(rd - EPOCH) /
	    365.25636) - SOLAR_ERA, MIN_YEAR - 1, MAX_YEAR + 1, year_start);
	int m;

	for (m = 12; month_start(y, m) > rd; m--)
		continue;
	d->year = y;
	d->month = m;
	d->day = (int)(rd - month_start(y, m)) + 1;
	d->flags = 0;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return month_start(d->year, d->month) + d->day - 1;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return (int)(month_start(y, m + 1) - month_start(y, m));
}

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
