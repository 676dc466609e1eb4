/*
 * french_common.h: the year of the French Republican calendars
 * (french_arithmetic.c, french_astronomical.c), twelve months of 30
 * days and five or six complementary days as month 13, which differ
 * only in the day each year begins on.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 17: fixed-from-french and french-from-fixed (and their
 * arithmetic counterparts) count 30 (m - 1) + d - 1 days from the new
 * year.
 */
#ifndef CALCONV_FRENCH_COMMON_H
#define CALCONV_FRENCH_COMMON_H

#include <stdint.h>

#include "../calendar.h"
#include "../fixed.h"

/* The date of day doy (from 0) of year y. */
static inline void
french_date(int64_t y, int doy, struct cal_date *d)
{
	d->year = y;
	d->month = doy / 30 + 1;
	d->day = doy % 30 + 1;
	d->flags = 0;
}

/*
 * month_days() and to_fixed() of a French calendar, from its static
 * leap() and new_year() (the RD of 1 Vendemiaire of a year), declared
 * before use.
 */
#define FRENCH_MONTHS							\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)flags;							\
	return fx_m30_days(m, leap(y));					\
}									\
									\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return new_year(d->year) + 30 * (d->month - 1) + d->day - 1;	\
}

#endif
