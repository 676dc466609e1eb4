/*
 * year_cache.h: the first days of the years of the calendars whose
 * years begin on a computed day (persian-astronomical,
 * french-astronomical, bahai): each is computed once a thread and kept
 * in the calendar's own table of int32_t, 0 until computed (no such
 * year begins on RD 0).  A table is a block the thread allocates on
 * its first use (yc_table()), held by a static _Thread_local pointer,
 * so that a run which never asks for the calendar clears nothing at
 * start-up; a thread that cannot allocate it computes every day.
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
#include <stdlib.h>

#include "../fixed.h"
#include "../sky/astro.h"

/*
 * The thread's table *t of n int32_t, all 0, allocated on its first
 * use; NULL when it cannot be (the caller then computes without it).
 * The block lives as long as the thread, like the table it replaces.
 */
static inline int32_t *
yc_table(int32_t **t, size_t n)
{
	if (*t == NULL)
		*t = calloc(n, sizeof **t);
	return *t;
}

/*
 * The first day of year y kept at entry i of the thread's table *t of
 * n, or compute(y) kept there; compute(y) alone without a table.
 */
static inline int64_t
yc_first_day(int32_t **t, size_t n, size_t i, int64_t y,
    int64_t (*compute)(int64_t))
{
	int32_t *slot;

	if (yc_table(t, n) == NULL)
		return compute(y);
	slot = &(*t)[i];
	if (*slot == 0)
		*slot = (int32_t)compute(y);
	return *slot;
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
