/*
 * hindu_sky.h: the sky of the astronomical Hindu calendars -- the sun's
 * sidereal longitude and sunrise at Ujjain by modern astronomy (astro.h).
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 14 (precession) and ch. 20 (sidereal-solar-longitude,
 * sidereal-start, sidereal-zodiac, astro-hindu-sunrise,
 * astro-hindu-sunset,
 * astro-hindu-calendar-year, astro-lunar-day-from-moment).  Moments are
 * RD moments as in astro.h.
 */
#ifndef CALCONV_HINDU_SKY_H
#define CALCONV_HINDU_SKY_H

#include <stdint.h>

/*
 * R&D sidereal-start: the precession at the moment the Surya
 * Siddhanta's sun entered Mesha in 285 CE, as universal time at Ujjain
 * (mesha-samkranti (ce 285)); computed by the functions of surya.c and
 * of this module, as a unit test does again.
 */
#define HS_SIDEREAL_START	336.1360510316

double	hs_precession(double);			/* degrees */
double	hs_sidereal_longitude(double);		/* degrees, 0..360 */
int	hs_sidereal_zodiac(double);		/* 1..12 */
double	hs_sunrise(int64_t);			/* at Ujjain, to the minute */
double	hs_sunset(int64_t);			/* at Ujjain */
int64_t	hs_calendar_year(double);		/* Kali Yuga year */
int	hs_lunar_day(double);			/* 1..30 */

#endif
