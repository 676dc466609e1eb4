/*
 * surya.c: the sun and moon of the Surya Siddhanta (see surya.h).
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20, with the function names of each comment below.  Every
 * function takes a moment t in days since the Kali Yuga epoch; the
 * calendars keep t within 2^22 days of it (surya.h).
 */
#include <math.h>

#include "../fixed.h"
#include "surya.h"

/*
 * Periods in days as R&D give them, numerator over denominator:
 * hindu-sidereal-year 365 + 279457/1080000, hindu-anomalistic-year
 * 1577917828000/(4320000000 - 387), hindu-sidereal-month 27 +
 * 4644439/14438334, hindu-anomalistic-month 1577917828/(57753336 -
 * 488199), hindu-synodic-month 29 + 7087771/13358334.
 */
#define YEAR		(394479457.0 / 1080000.0)
#define ANOM_YEAR	(1577917828000.0 / 4319999613.0)
#define MONTH		(394479457.0 / 14438334.0)
#define ANOM_MONTH	(1577917828.0 / 57265137.0)
#define SYNODIC		(394479457.0 / 13358334.0)
/*
 * The fraction of a revolution each body had made at the epoch, counted
 * from the creation (1955880000 sidereal years, in exact rational
 * arithmetic): none for the sidereal motions, which complete whole
 * revolutions, 0.78575 for the sun's anomaly and 0.75 for the moon's.
 */
#define K_ANOM_YEAR	0.78575
#define K_ANOM_MONTH	0.75
/*
 * tan(23 deg 9'), the latitude of Ujjain (R&D's ujjain): R&D take
 * sin(phi) / sin(90 deg + phi) in the machine's trigonometry; its value
 * is written here so that every build computes the same sunrises.
 */
#define TAN_UJJAIN	0.427567961659225

/*
 * R&D hindu-sine-table: round(3438 sin(e * 225') + 0.215 sgn(x)
 * sgn(|x| - 1716)), the first quadrant (e = 0..24); the rest by symmetry,
 * which the rounding keeps (a unit test checks the formula).
 */
static const int quadrant[25] = {
	0, 225, 449, 671, 890, 1105, 1315, 1520, 1719, 1910, 2093, 2267,
	2431, 2585, 2728, 2859, 2978, 3084, 3177, 3256, 3321, 3372, 3409,
	3431, 3438
};

int
sy_sine_table(int64_t e)
{
	int q = (int)fx_mod(e, 96);

	if (q <= 24)
		return quadrant[q];
	if (q <= 48)
		return quadrant[48 - q];
	if (q <= 72)
		return -quadrant[q - 48];
	return -quadrant[96 - q];
}

/* x - floor(x): the fraction of x in [0, 1). */
static double
frac(double x)
{
	return x - floor(x);
}

/* R&D mod for reals: x - y floor(x / y), y > 0. */
static double
modr(double x, double y)
{
	double r = x - y * floor(x / y);

	return r >= y ? r - y : r;
}

/* R&D hindu-sine: the table, linearly interpolated; theta in degrees. */
static double
hsine(double theta)
{
	double entry = theta / 3.75;
	double e = floor(entry);
	double f = entry - e;

	return (f * sy_sine_table((int64_t)e + 1) +
	    (1 - f) * sy_sine_table((int64_t)e)) / 3438.0;
}

/* R&D hindu-arcsin: the inverse of hsine, in degrees, -90..90. */
static double
harcsin(double amp)
{
	int pos;
	double below;

	if (amp < 0)
		return -harcsin(-amp);
	/* The table's first quadrant directly; entry -1 is -entry 1. */
	for (pos = 0; pos < 24 && amp * 3438.0 > quadrant[pos]; pos++)
		continue;
	below = pos > 0 ? quadrant[pos - 1] : -quadrant[1];
	return 3.75 * (pos - 1 + (amp * 3438.0 - below) /
	    (quadrant[pos] - below));
}

/* R&D hindu-mean-position, with the revolutions at the epoch k. */
static double
mean_position(double t, double period, double k)
{
	return 360.0 * frac(t / period + k);
}

/* R&D hindu-true-position. */
static double
true_position(double t, double period, double size, double anomalistic,
    double k, double change)
{
	double lambda = mean_position(t, period, 0.0);
	double offset = hsine(mean_position(t, anomalistic, k));
	double contraction = fabs(offset) * change * size;
	double equation = harcsin(offset * (size - contraction));

	return modr(lambda - equation, 360.0);
}

/* R&D hindu-solar-longitude. */
double
sy_solar_longitude(double t)
{
	return true_position(t, YEAR, 14.0 / 360.0, ANOM_YEAR, K_ANOM_YEAR,
	    1.0 / 42.0);
}

/* R&D hindu-lunar-longitude. */
static double
lunar_longitude(double t)
{
	return true_position(t, MONTH, 32.0 / 360.0, ANOM_MONTH,
	    K_ANOM_MONTH, 1.0 / 96.0);
}

/* R&D hindu-lunar-phase. */
double
sy_lunar_phase(double t)
{
	return modr(lunar_longitude(t) - sy_solar_longitude(t), 360.0);
}

/* R&D hindu-zodiac. */
int
sy_zodiac(double t)
{
	return (int)floor(sy_solar_longitude(t) / 30.0) + 1;
}

/* R&D hindu-lunar-day-from-moment. */
int
sy_lunar_day(double t)
{
	return (int)floor(sy_lunar_phase(t) / 12.0) + 1;
}

/*
 * R&D hindu-new-moon-before: bisect around the estimate from the phase
 * until both ends lie in one sign (or the interval no longer narrows),
 * and return the middle.
 */
double
sy_new_moon_before(double t)
{
	double tau = t - sy_lunar_phase(t) / 360.0 * SYNODIC;
	double lo = tau - 1, hi = tau + 1 < t ? tau + 1 : t, mid;
	int zlo = sy_zodiac(lo), zhi = sy_zodiac(hi);

	for (;;) {
		mid = (lo + hi) / 2;
		if (zlo == zhi || mid <= lo || mid >= hi)
			return mid;
		if (sy_lunar_phase(mid) < 180.0) {
			hi = mid;
			zhi = sy_zodiac(hi);
		} else {
			lo = mid;
			zlo = sy_zodiac(lo);
		}
	}
}

/* R&D hindu-calendar-year: the Kali Yuga year of moment t. */
int64_t
sy_calendar_year(double t)
{
	return (int64_t)floor(t / YEAR - sy_solar_longitude(t) / 360.0 +
	    0.5);
}

/* R&D hindu-daily-motion: the sun's sidereal motion on day n. */
static double
daily_motion(int64_t n)
{
	double anomaly = mean_position((double)n, ANOM_YEAR, K_ANOM_YEAR);
	double epicycle = 14.0 / 360.0 - fabs(hsine(anomaly)) / 1080.0;
	int64_t entry = (int64_t)floor(anomaly / 3.75);
	double step = sy_sine_table(entry + 1) - sy_sine_table(entry);
	double factor = -step / 225.0 * epicycle;

	return 360.0 / YEAR * (factor + 1);
}

/* R&D hindu-tropical-longitude: precession of at most 27 degrees. */
static double
tropical_longitude(int64_t n)
{
	double x = 600.0 / 1577917828.0 * (double)n - 0.25;
	double precession = 27.0 - fabs(108.0 * (frac(x + 0.5) - 0.5));

	return modr(sy_solar_longitude((double)n) - precession, 360.0);
}

/* R&D hindu-rising-sign. */
static double
rising_sign(int64_t n)
{
	static const int speed[6] = { 1670, 1795, 1935, 1935, 1795, 1670 };
	int i = (int)floor(tropical_longitude(n) / 30.0);

	return speed[i % 6] / 1800.0;
}

/* R&D hindu-ascensional-difference, at Ujjain. */
static double
ascensional_difference(int64_t n)
{
	double sin_delta = 1397.0 / 3438.0 * hsine(tropical_longitude(n));
	double diurnal_radius = hsine(90.0 + harcsin(sin_delta));
	double earth_sine = sin_delta * TAN_UJJAIN;

	return harcsin(-(earth_sine / diurnal_radius));
}

/* R&D hindu-equation-of-time. */
static double
equation_of_time(int64_t n)
{
	double offset = hsine(mean_position((double)n, ANOM_YEAR,
	    K_ANOM_YEAR));
	double equation_sun = offset * 57.3 * (14.0 / 360.0 -
	    fabs(offset) / 1080.0);

	return daily_motion(n) / 360.0 * (equation_sun / 360.0) * YEAR;
}

/*
 * R&D hindu-sunrise at Ujjain (so the difference of longitudes is 0),
 * with hindu-solar-sidereal-difference written out.
 */
double
sy_sunrise(int64_t n)
{
	return (double)n + 0.25 - equation_of_time(n) +
	    1577917828.0 / 1582237828.0 / 360.0 *
	    (ascensional_difference(n) + 0.25 * daily_motion(n) *
	    rising_sign(n));
}
