/*
 * islamic_observational.c: the Islamic calendar by the first sight of
 * the crescent at Cairo, as Reingold and Dershowitz predict it.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 18: islamic-location, fixed-from-observational-islamic,
 * observational-islamic-from-fixed, with phasis-on-or-before and
 * visible-crescent (S. K. Shaukat's criterion: the moon's phase is
 * between new and first quarter, the arc of light is 10.6 to 90
 * degrees and the moon more than 4.1 degrees up at dusk) in
 * src/sky/astro.h.  A month begins on the day whose eve first shows the
 * crescent at Cairo (30.1 N, 31.3 E, 200 m), and has as many days as
 * there are to the next such day: 29 or 30, and now and then (34
 * months of the range) 31, when the criterion fails on the 30th evening
 * too.  Epoch: 1 Muharram AH 1 =
 * RD 227015 (Julian 622-07-16), R&D islamic-epoch; the crescent rule
 * gives the same day.
 *
 * This is a prediction, not a calendar anyone keeps: real months begin
 * when the crescent is reported seen (or by a country's own rule), and
 * a crescent near the limit of visibility may be seen a day earlier or
 * later than the criterion says.
 *
 * Range: AH 1 to AH 2246 (622-07-19 to 2801-08-31), the years that
 * begin before 2801 CE: past 2800 CE the book's solar longitude series
 * is no longer valid.  Far from the present the extrapolated Delta T
 * moves the moon by minutes, and a crescent at the limit may move by a
 * day.  Days outside the range are refused.
 *
 * Each month's first day is computed once per thread and kept in a
 * table.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/astro.h"
#include "year_cache.h"

#define EPOCH		INT64_C(227015)	/* 1 Muharram 1, R&D */
#define LAST_YEAR	2246
#define MONTHS		(LAST_YEAR * 12)
#define FIRST_RD	EPOCH			/* 0622-07-19 */
#define LAST_RD		INT64_C(1022922)	/* 2801-08-31 */

static const char *const aliases[] = { "islamic-crescent", NULL };

_Static_assert(YC_ISLAMIC_N == MONTHS + 1, "yc_islamic is months 0..MONTHS");

/*
 * fixed-from-observational-islamic for day 1 of month k (0-based,
 * month k of year k / 12 + 1): the table of year_cache.h has months
 * 0..MONTHS.
 */
int64_t
yc_islamic_sky(int64_t k)
{
	int64_t midmonth = EPOCH + (int64_t)floor(((double)k + 0.5) *
	    ASTRO_MEAN_SYNODIC_MONTH);

	return astro_phasis_on_or_before(midmonth, &astro_cairo);
}

static int64_t
month_start(int64_t k)
{
	return yc_first_day(yc_islamic, YC_ISLAMIC_N, k, yc_islamic_mean,
	    yc_islamic_sky);
}

static int
twelve(int64_t y)
{
	(void)y;
	return 12;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	int64_t k = (y - 1) * 12 + m - 1;

	(void)flags;
	return (int)(month_start(k + 1) - month_start(k));
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return month_start((d->year - 1) * 12 + d->month - 1) + d->day - 1;
}

/* observational-islamic-from-fixed, through the table of months. */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* The mean month puts k within a month of the answer. */
	int64_t k = (int64_t)floor((double)(rd - EPOCH) /
	    ASTRO_MEAN_SYNODIC_MONTH);

	if (k < 0)
		k = 0;
	if (k > MONTHS - 1)
		k = MONTHS - 1;
	while (k > 0 && month_start(k) > rd)
		k--;
	while (k < MONTHS - 1 && month_start(k + 1) <= rd)
		k++;
	d->year = k / 12 + 1;
	d->month = (int32_t)(k % 12) + 1;
	d->day = (int32_t)(rd - month_start(k)) + 1;
	d->flags = 0;
}

const struct calendar cal_islamic_observational = {
	.id = "islamic-observational",
	.aliases = aliases,
	.title = "Islamic, months from the first crescent seen at Cairo "
	    "(R&D prediction)",
	.note = "a prediction by Shaukat's criterion; AH 1-2246 "
	    "(622-07-19 to 2801-08-31)",
	.kind = CAL_LUNAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = 1,
	.max_year = LAST_YEAR,
	.months_in_year = twelve,
	.days_in_month = month_days,
	.is_leap = NULL,	/* 353 to 355 days, as the months fall */
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "islamic",
	.week_start = 6,	/* Saturday */
	.min_rd = FIRST_RD,
	.max_rd = LAST_RD,
};
