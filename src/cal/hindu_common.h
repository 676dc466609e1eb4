/*
 * hindu_common.h: what the Hindu calendars of the two skies share --
 * the Surya Siddhanta's (surya.c: hindu_solar.c, hindu_lunar.c) and
 * modern astronomy's (hindu_sky.c: astro_hindu_solar.c,
 * astro_hindu_lunar.c).  Each calendar describes its sky in a struct
 * hc_lunar_sky or defines month_start(); the searches are written once.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: fixed-from-hindu-lunar and fixed-from-astro-hindu-lunar,
 * fixed-from-hindu-solar and fixed-from-astro-hindu-solar, the same
 * searches on the two skies.
 */
#ifndef CALCONV_HINDU_COMMON_H
#define CALCONV_HINDU_COMMON_H

#include <stdint.h>

#include "../calendar.h"

/*
 * A lunisolar calendar's sky.  Days are counted in the sky's own way,
 * day n being RD origin + n (the Kali Yuga days of surya.c, RD itself
 * for hindu_sky.c), and moments likewise.
 */
struct hc_lunar_sky {
	int64_t	  origin;		/* RD of day 0 */
	int64_t	  era;			/* R&D hindu-lunar-era */
	/* The moment the mean year puts at the start of month k (months
	 * since the Kali Yuga). */
	double	(*mean_month)(int64_t k);
	double	(*sidereal_longitude)(double);	/* the sun's, degrees */
	int	(*lunar_day)(double);		/* 1..30 */
	/* The day number of day n: the lunar day at its sunrise. */
	int	(*day_number)(int64_t n);
	/* The calendar's from_fixed(), of an RD. */
	void	(*from_fixed)(int64_t, struct cal_date *);
	/* The slot that keeps whether year y has month m (leap: the leap
	 * month m): 0 until known, 1 no, 2 yes; NULL where none is kept. */
	unsigned char *(*known)(int64_t y, int m, int leap);
};

int64_t	hc_lunar_day_of(const struct hc_lunar_sky *, int64_t, int, uint32_t,
	    int);
int	hc_lunar_has_month(const struct hc_lunar_sky *, int64_t, int,
	    uint32_t);
int	hc_lunar_leap(const struct hc_lunar_sky *, int64_t);
int	hc_lunar_skipped(const struct hc_lunar_sky *, int64_t, int, uint32_t,
	    int);
int	hc_lunar_repeated(const struct hc_lunar_sky *, int64_t, int,
	    uint32_t, int);

/*
 * astro_hindu_solar.c's months: the first day of month m (1..12) of
 * Saka year y from the sky (R&D fixed-from-astro-hindu-solar), and the
 * table of them for the years AHS_FIRST..AHS_LAST + 1, computed so
 * before the build by tools/gen-astro-hindu-solar
 * (astro_hindu_solar_table.c, generated).
 */
#define AHS_FIRST	1821
#define AHS_LAST	2022
#define AHS_YEARS	(AHS_LAST - AHS_FIRST + 2)
int64_t	ahs_month_start_sky(int64_t, int);
extern const int32_t	ahs_month_starts[AHS_YEARS][12];

/*
 * hindu_solar.c's years HSO_FIRST..HSO_LAST (Saka; Gregorian 1598 to
 * 2604), computed so before the build by tools/gen-hindu-solar
 * (hindu_solar_table.c, generated): hso_years[i][0] the RD of the
 * first day of year HSO_FIRST + i, hso_years[i][1] its months'
 * lengths, 29 + 2 bits each, month m's at bit 2 * (m - 1).
 * hso_month_start_sky() (R&D fixed-from-hindu-solar, in Kali Yuga
 * days) and hso_from_fixed_sky() (hindu-solar-from-fixed) are the
 * computations they come from.
 */
#define HSO_FIRST	1520
#define HSO_LAST	2525
#define HSO_YEARS	(HSO_LAST - HSO_FIRST + 1)
extern const uint32_t	hso_years[HSO_YEARS][2];
int64_t	hso_month_start_sky(int64_t, int);
void	hso_from_fixed_sky(int64_t, struct cal_date *);

/*
 * astro_hindu_lunar.c's days AHL_BASE .. AHL_BASE + AHL_DAYS - 1 (the
 * range and 64 days either side), computed so before the build by
 * tools/gen-astro-hindu-lunar (astro_hindu_lunar_table.c, generated),
 * in chunks of AHL_CHUNK days, a character a day, 'a' - 1 + n for
 * the number n (1..30):
 * - ahl_sunrise_day: the lunar day at the day's sunrise at Ujjain, the
 *   day's number (R&D astro-hindu-lunar-from-fixed); entry i is day
 *   AHL_BASE - 1 + i, so that the day before the first is there too;
 * - ahl_lunar_day: the lunar day at 6:00 UT (R&D
 *   lunar-day-from-moment at day + 1/4), which fixed-from-astro-hindu-
 *   lunar asks for; entry i is day AHL_BASE + i;
 * - ahl_months: the months that hold those days, in order, each
 *   packed as (first day - AHL_BASE + AHL_BEFORE) | month << 17 |
 *   leap month << 21 | (year - 1900) << 22; ahl_nmonths of them.
 * ahl_from_fixed_sky() is the computation they come from.
 */
#define AHL_BASE	INT64_C(693532)
#define AHL_DAYS	73542
#define AHL_BEFORE	64
#define AHL_CHUNK	4000
#define AHL_CHUNKS	((AHL_DAYS + 1 + AHL_CHUNK - 1) / AHL_CHUNK)
extern const char	ahl_sunrise_day[AHL_CHUNKS][AHL_CHUNK + 1],
		    ahl_lunar_day[AHL_CHUNKS][AHL_CHUNK + 1];
extern const uint32_t	ahl_months[];
extern const int	ahl_nmonths;
void	ahl_from_fixed_sky(int64_t, struct cal_date *);

/*
 * The functions of struct calendar other than from_fixed() of a
 * lunisolar calendar on the sky described by rules, defined after it.
 */
#define HC_LUNAR_FUNCTIONS(sky)						\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return (sky).origin + hc_lunar_day_of(&(sky), d->year, d->month,	\
	    d->flags, d->day);						\
}									\
									\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	return hc_lunar_has_month(&(sky), y, m, flags) ? 30 : 0;	\
}									\
									\
/* The year's first leap month, or 0. */				\
static int								\
leap(int64_t y)								\
{									\
	return hc_lunar_leap(&(sky), y);				\
}									\
									\
static int								\
skipped(int64_t y, int m, uint32_t flags, int day)			\
{									\
	return hc_lunar_skipped(&(sky), y, m, flags, day);		\
}									\
									\
static int								\
repeated(int64_t y, int m, uint32_t flags, int day)			\
{									\
	return hc_lunar_repeated(&(sky), y, m, flags, day);		\
}

/*
 * to_fixed() and month_days() of a solar calendar from its static
 * month_start(y, m), the first day of month m of year y (m 13 being
 * the next year's first), in days from RD ORIGIN (defined before use).
 */
#define HC_SOLAR_FUNCTIONS						\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return (ORIGIN) + month_start(d->year, d->month) + d->day - 1;	\
}									\
									\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)flags;							\
	return (int)(month_start(y, m + 1) - month_start(y, m));	\
}

#endif
