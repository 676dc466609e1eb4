/*
 * surya.h: the sun and moon of the Surya Siddhanta, as the modern Hindu
 * calendars use them.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20, "The Modern Hindu Calendars": hindu-sine-table, hindu-sine,
 * hindu-arcsin, hindu-mean-position, hindu-true-position,
 * hindu-solar-longitude, hindu-zodiac, hindu-lunar-longitude,
 * hindu-lunar-phase, hindu-lunar-day-from-moment, hindu-new-moon-before,
 * hindu-calendar-year, hindu-daily-motion, hindu-tropical-longitude,
 * hindu-ascensional-difference, hindu-rising-sign,
 * hindu-solar-sidereal-difference, hindu-equation-of-time and
 * hindu-sunrise (at Ujjain, R&D's hindu-location).
 *
 * Moments are days (and fractions) since the Kali Yuga epoch, RD
 * -1132959 at midnight, R&D's hindu-epoch: a double then holds a moment
 * of the calendars' range (below 2^22 days from the epoch) to within
 * 1e-9 days.  R&D count mean positions from the creation, 1955880000
 * sidereal years before the epoch; the whole revolutions of that span
 * drop out, and what is left of each (K_ANOM_YEAR and K_ANOM_MONTH in
 * surya.c, 3143/4000 and 3/4 exactly) is exact, so no precision is lost
 * to a span of 7e11 days.
 */
#ifndef CALCONV_SURYA_H
#define CALCONV_SURYA_H

#include <stdint.h>

#define SY_EPOCH	INT64_C(-1132959)	/* RD of the Kali Yuga */
#define SY_SOLAR_ERA	3179	/* Kali Yuga years before the Saka era */
#define SY_LUNAR_ERA	3044	/* Kali Yuga years before the Vikrama era */

/* The sine table, 3438 sin(e * 225'), rounded as R&D do; any e. */
int	sy_sine_table(int64_t e);
double	sy_solar_longitude(double t);	/* sidereal, degrees 0..360 */
double	sy_lunar_phase(double t);	/* moon - sun, degrees 0..360 */
int	sy_zodiac(double t);		/* the sun's sign, 1..12 */
int	sy_lunar_day(double t);		/* the lunar day (tithi), 1..30 */
/* A moment close enough to the last new moon before t to fix its sign. */
double	sy_new_moon_before(double t);
int64_t	sy_calendar_year(double t);	/* Kali Yuga year of moment t */
double	sy_sunrise(int64_t n);		/* sunrise at Ujjain of day n */

#endif
