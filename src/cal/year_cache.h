/*
 * year_cache.h: the first days of the years of the calendars whose
 * years begin on a computed day (persian-astronomical,
 * french-astronomical, bahai) and of the months of
 * islamic-observational.  Each costs one or more searches through the
 * sun's longitude or the moon's visibility, so the days of each
 * calendar's whole range are computed before the build by
 * tools/gen-first-days, with the very functions declared here, and kept
 * in first_days_table.c (generated) as the difference from a mean day:
 * unit i (a year, or a month) begins on mean(i) + table[i], where mean
 * is the calendar's yc_*_mean() below.  Outside the tables the
 * calendars compute.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * fixed-from-persian (ch. 15) and fixed-from-french (ch. 17) find a
 * year's new year on or before a day in its middle, estimated from the
 * mean tropical year; persian-from-fixed and french-from-fixed start
 * the year search from the mean year too.
 */
#ifndef CALCONV_YEAR_CACHE_H
#define CALCONV_YEAR_CACHE_H

#include <math.h>
#include <stdint.h>

#include "../fixed.h"
#include "../sky/astro.h"

/*
 * The tables: entry i is year 1 + i (persian-astronomical AP 1..3001,
 * french-astronomical I..1010), year YC_BAHAI_FIRST + i (bahai's
 * equinox years 172..958), or month i (islamic-observational's months
 * from 1 Muharram AH 1 to AH 2247).  Each *_sky() is the calendar's
 * own computation of its unit i, each *_mean() the day its table
 * counts from.
 */
#define YC_PERSIAN_N	3001
#define YC_FRENCH_N	1010
#define YC_BAHAI_FIRST	172
#define YC_BAHAI_N	(958 - YC_BAHAI_FIRST + 1)
#define YC_ISLAMIC_N	(2246 * 12 + 1)
extern const signed char	yc_persian[YC_PERSIAN_N],
		    yc_french[YC_FRENCH_N], yc_bahai[YC_BAHAI_N],
		    yc_islamic[YC_ISLAMIC_N];
int64_t	yc_persian_sky(int64_t), yc_french_sky(int64_t),
	    yc_bahai_sky(int64_t), yc_islamic_sky(int64_t);

/* The day epoch + floor(len * i): the mean start of unit i. */
static inline int64_t
yc_mean(int64_t epoch, double len, int64_t i)
{
	return epoch + (int64_t)floor(len * (double)i);
}

/* The mean days of the four tables' units, from each calendar's epoch. */
static inline int64_t
yc_persian_mean(int64_t i)
{
	return yc_mean(INT64_C(226896), ASTRO_MEAN_TROPICAL_YEAR, i);
}

static inline int64_t
yc_french_mean(int64_t i)
{
	return yc_mean(INT64_C(654415), ASTRO_MEAN_TROPICAL_YEAR, i);
}

static inline int64_t
yc_bahai_mean(int64_t i)
{
	return yc_mean(INT64_C(673222), ASTRO_MEAN_TROPICAL_YEAR,
	    YC_BAHAI_FIRST - 1 + i);
}

static inline int64_t
yc_islamic_mean(int64_t i)
{
	return yc_mean(INT64_C(227015), ASTRO_MEAN_SYNODIC_MONTH, i);
}

/*
 * The first day of unit i by a table of n from mean(), or by sky()
 * outside it.
 */
static inline int64_t
yc_first_day(const signed char *table, int64_t n, int64_t i,
    int64_t (*mean)(int64_t), int64_t (*sky)(int64_t))
{
	if (i < 0 || i >= n)
		return sky(i);
	return mean(i) + table[i];
}

/*
 * A day in the middle of year y of an era whose year 1 begins on
 * epoch: 180 days after the start of the mean year y.
 */
static inline int64_t
yc_mid_year(int64_t epoch, int64_t y)
{
	return epoch + 180 +
	    (int64_t)floor(ASTRO_MEAN_TROPICAL_YEAR * (double)(y - 1));
}

/*
 * The year of 1..last holding rd, by first(), the first day of a year
 * (defined for 1..last + 1); the mean year from epoch puts the search
 * within a year of the answer.
 */
static inline int64_t
yc_year_of(int64_t rd, int64_t epoch, int64_t last,
    int64_t (*first)(int64_t))
{
	return fx_year_holding(rd, 1 + (int64_t)floor((double)(rd - epoch) /
	    ASTRO_MEAN_TROPICAL_YEAR), 1, last, first);
}

#endif
