/*
 * astro_math.h: the arithmetic of angles shared by the astronomy files
 * (astro_time.c, astro_sun.c, astro_moon.c); not for the calendars,
 * which use astro.h.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * 1.7 and ch. 14: sin-degrees and the other trigonometry in degrees,
 * arctan, mod3, poly and invert-angular, under the book's names.
 */
#ifndef CALCONV_ASTRO_MATH_H
#define CALCONV_ASTRO_MATH_H

#include <math.h>
#include <stddef.h>

#define PI		3.14159265358979323846
#define DEG		(PI / 180.0)
#define HR(x)		((x) / 24.0)
#define MN(x)		((x) / 1440.0)
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static inline double	mod360(double);

/*
 * nutation at c Julian centuries (julian-centuries of the moment), for
 * the functions that have c already (astro_sun.c, astro_moon.c).
 */
double	astro_nutation_c(double c);

/* Trigonometry in degrees. */
static inline double
sin_d(double x)
{
	return sin(fmod(x, 360.0) * DEG);
}

static inline double
cos_d(double x)
{
	return cos(fmod(x, 360.0) * DEG);
}

static inline double
tan_d(double x)
{
	return tan(fmod(x, 360.0) * DEG);
}

static inline double
asin_d(double x)
{
	return asin(x) / DEG;
}

static inline double
acos_d(double x)
{
	return acos(x) / DEG;
}

/* R&D arctan(y, x): the angle of (x, y), 0 <= result < 360. */
static inline double
atan2_d(double y, double x)
{
	return mod360(atan2(y, x) / DEG);
}

static inline double
mod360(double x)
{
	double r = fmod(x, 360.0);

	return r < 0 ? r + 360.0 : r;
}

/* R&D mod3: x shifted into [a, b). */
static inline double
mod3(double x, double a, double b)
{
	double w = b - a, r = fmod(x - a, w);

	return a + (r < 0 ? r + w : r);
}

/* R&D poly: c[0] + c[1] x + c[2] x^2 + ... (Horner). */
static inline double
poly(double x, const double *c, int n)
{
	double s = 0;

	while (n-- > 0)
		s = s * x + c[n];
	return s;
}

/*
 * invert-angular for f increasing through the angle y once in [a, b]:
 * bisection to 1e-5 day, as the book's binary search, returning the
 * midpoint of the last interval.
 */
static inline double
invert_angular(double (*f)(double), double y, double a, double b)
{
	while (b - a >= 1e-5) {
		double x = (a + b) / 2;

		if (mod360(f(x) - y) < 180)
			b = x;
		else
			a = x;
	}
	return (a + b) / 2;
}

#endif
