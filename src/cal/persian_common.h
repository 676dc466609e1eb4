/*
 * persian_common.h: the month arithmetic shared by the Persian
 * calendars (persian.c, persian_2820.c, persian_arithmetic.c,
 * persian_astronomical.c), which differ only in the day each year
 * begins on.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 15: fixed-from-persian adds the days of the months before to
 * the new year, 31 (m - 1) up to month 7 and 30 (m - 1) + 6 after;
 * persian-from-fixed inverts it.  The year search is fx_year_near()
 * of fixed.h.
 */
#ifndef CALCONV_PERSIAN_COMMON_H
#define CALCONV_PERSIAN_COMMON_H

#include <stdint.h>

#include "../calendar.h"

/*
 * The Persian year: six months of 31 days, five of 30, and a last of
 * 29 or, when leap is 1, 30.  m is 1..12 and doy, the day of the year
 * from 0, 0..364 + leap.
 */
static inline int
persian_month_before(int m)
{
	return m <= 7 ? 31 * (m - 1) : 30 * (m - 1) + 6;
}

static inline int
persian_month_days(int m, int leap)
{
	return m <= 6 ? 31 : m <= 11 ? 30 : 29 + leap;
}

static inline int
persian_month_of(int doy)
{
	return doy < 186 ? doy / 31 + 1 : (doy - 6) / 30 + 1;
}

/* The date of day doy (from 0) of year y. */
static inline void
persian_date(int64_t y, int doy, struct cal_date *d)
{
	int m = persian_month_of(doy);

	d->year = y;
	d->month = m;
	d->day = doy - persian_month_before(m) + 1;
	d->flags = 0;
}

/*
 * month_days() and to_fixed() of a Persian calendar, from its static
 * leap() and new_year() (the RD of 1 Farvardin of a year), declared
 * before use.
 */
#define PERSIAN_MONTHS							\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)flags;							\
	return persian_month_days(m, leap(y));				\
}									\
									\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return new_year(d->year) + persian_month_before(d->month) +	\
	    d->day - 1;							\
}

#endif
