/*
 * astro_sun.c: the position of the sun, the moments of
 * its longitudes, and sunrise, sunset, dawn and dusk.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * 14.4 and 14.7: solar-longitude with the book's periodic terms (after
 * P. Bretagnon & J.-L. Simon, Planetary Programs and Tables from -4000
 * to +2800, 1986), nutation, aberration, solar-longitude-after,
 * estimate-prior-solar-longitude, refraction, moment-of-depression,
 * dawn, dusk, sunrise and sunset; the function names in the comments
 * are the book's.
 */
#include <math.h>
#include <stdint.h>

#include "astro.h"
#include "astro_math.h"

static double	aberration_c(double);
static double	depression(double, const struct astro_location *, double,
		    int);

/*
 * The periodic terms of solar-longitude (Bretagnon & Simon), each
 * x sin(y + z c); the book scales their sum by 0.000005729577951308232
 * (1e-7 radian in degrees).
 */
static const struct { double x, y, z; } sol_terms[] = {
	{ 403406, 270.54861, 0.9287892 }, { 195207, 340.19128, 35999.1376958 },
	{ 119433, 63.91854, 35999.4089666 }, { 112392, 331.26220, 35998.7287385 },
	{ 3891, 317.843, 71998.20261 }, { 2819, 86.631, 71998.4403 },
	{ 1721, 240.052, 36000.35726 }, { 660, 310.26, 71997.4812 },
	{ 350, 247.23, 32964.4678 }, { 334, 260.87, -19.4410 },
	{ 314, 297.82, 445267.1117 }, { 268, 343.14, 45036.8840 },
	{ 242, 166.79, 3.1008 }, { 234, 81.53, 22518.4434 },
	{ 158, 3.50, -19.9739 }, { 132, 132.75, 65928.9345 },
	{ 129, 182.95, 9038.0293 }, { 114, 162.03, 3034.7684 },
	{ 99, 29.8, 33718.148 }, { 93, 266.4, 3034.448 },
	{ 86, 249.2, -2280.773 }, { 78, 157.6, 29929.992 },
	{ 72, 257.8, 31556.493 }, { 68, 185.1, 149.588 },
	{ 64, 69.9, 9037.750 }, { 46, 8.0, 107997.405 },
	{ 38, 197.1, -4444.176 }, { 37, 250.4, 151.771 },
	{ 32, 65.3, 67555.316 }, { 29, 162.7, 31556.080 },
	{ 28, 341.5, -4561.540 }, { 27, 291.6, 107996.706 },
	{ 27, 98.5, 1221.655 }, { 25, 146.7, 62894.167 },
	{ 24, 110.0, 31437.369 }, { 21, 5.2, 14578.298 },
	{ 21, 342.6, -31931.757 }, { 20, 230.9, 34777.243 },
	{ 18, 256.1, 1221.999 }, { 17, 45.3, 62894.511 },
	{ 14, 242.9, -4442.039 }, { 13, 115.2, 107997.909 },
	{ 13, 151.8, 119.066 }, { 13, 285.3, 16859.071 },
	{ 12, 53.3, -4.578 }, { 10, 126.6, 26895.292 },
	{ 10, 205.7, -39.127 }, { 10, 85.9, 12297.536 },
	{ 10, 146.1, 90073.778 },
};

/* nutation, at c Julian centuries (astro_math.h) */
double
astro_nutation_c(double c)
{
	static const double ka[] = { 124.90, -1934.134, 0.002063 };
	static const double kb[] = { 201.11, 72001.5377, 0.00057 };

	return -0.004778 * sin_d(poly(c, ka, NELEM(ka))) -
	    0.0003667 * sin_d(poly(c, kb, NELEM(kb)));
}

double
astro_nutation(double tee)
{
	return astro_nutation_c(astro_julian_centuries(tee));
}

/* aberration, at c Julian centuries */
static double
aberration_c(double c)
{
	return 0.0000974 * cos_d(177.63 + 35999.01848 * c) - 0.005575;
}

double
astro_aberration(double tee)
{
	return aberration_c(astro_julian_centuries(tee));
}

/* solar-longitude */
double
astro_solar_longitude(double tee)
{
	double c = astro_julian_centuries(tee), s = 0;
	size_t i;

	for (i = 0; i < NELEM(sol_terms); i++)
		s += sol_terms[i].x * sin_d(sol_terms[i].y +
		    sol_terms[i].z * c);
	return mod360(282.7771834 + 36000.76953744 * c +
	    0.000005729577951308232 * s + aberration_c(c) +
	    astro_nutation_c(c));
}


/* solar-longitude-after */
double
astro_solar_longitude_after(double lambda, double tee)
{
	double rate = ASTRO_MEAN_TROPICAL_YEAR / 360;
	double tau = tee + rate * mod360(lambda - astro_solar_longitude(tee));

	return invert_angular(astro_solar_longitude, lambda,
	    fmax(tee, tau - 5), tau + 5);
}

/* estimate-prior-solar-longitude */
double
astro_estimate_prior_solar_longitude(double lambda, double tee)
{
	double rate = ASTRO_MEAN_TROPICAL_YEAR / 360;
	double tau = tee - rate * mod360(astro_solar_longitude(tee) - lambda);
	double delta = mod3(astro_solar_longitude(tau) - lambda, -180, 180);

	return fmin(tee, tau - rate * delta);
}

/* refraction (the book's takes a moment too, unused) */
double
astro_refraction(const struct astro_location *loc)
{
	double h = fmax(0, loc->elevation), r = 6.372e6;
	double dip = acos_d(r / (r + h));

	return 34.0 / 60 + dip + 19.0 / 3600 * sqrt(h);
}

/* sine-offset */
static double
sine_offset(double tee, const struct astro_location *loc, double alpha)
{
	double phi = loc->latitude;
	double t = astro_universal_from_local(tee, loc);
	double delta = astro_declination(t, 0, astro_solar_longitude(t));

	return tan_d(phi) * tan_d(delta) + sin_d(alpha) /
	    (cos_d(delta) * cos_d(phi));
}

/* approx-moment-of-depression: local time, or NAN. */
static double
approx_depression(double tee, const struct astro_location *loc,
    double alpha, int early)
{
	double date = floor(tee), alt, value, offset;

	value = sine_offset(tee, loc, alpha);
	if (fabs(value) > 1) {
		alt = alpha >= 0 ? (early ? date : date + 1) : date + HR(12);
		value = sine_offset(alt, loc, alpha);
	}
	if (fabs(value) > 1)
		return NAN;
	offset = mod3(asin_d(value) / 360, HR(-12), HR(12));
	return astro_local_from_apparent(date + (early ? HR(6) - offset :
	    HR(18) + offset), loc);
}

/* moment-of-depression: local time, or NAN. */
static double
depression(double approx, const struct astro_location *loc, double alpha,
    int early)
{
	int i;

	/* The book recurses until two guesses are 30 seconds apart. */
	for (i = 0; i < 32; i++) {
		double tee = approx_depression(approx, loc, alpha, early);

		if (isnan(tee) || fabs(approx - tee) < 30.0 / 86400)
			return tee;
		approx = tee;
	}
	return approx;
}

/* dawn */
double
astro_dawn(int64_t date, const struct astro_location *loc, double alpha)
{
	double r = depression((double)date + HR(6), loc, alpha, 1);

	return isnan(r) ? r : astro_standard_from_local(r, loc);
}

/* dusk */
double
astro_dusk(int64_t date, const struct astro_location *loc, double alpha)
{
	double r = depression((double)date + HR(18), loc, alpha, 0);

	return isnan(r) ? r : astro_standard_from_local(r, loc);
}

/* sunrise */
double
astro_sunrise(int64_t date, const struct astro_location *loc)
{
	return astro_dawn(date, loc, astro_refraction(loc) + 16.0 / 60);
}

/* sunset */
double
astro_sunset(int64_t date, const struct astro_location *loc)
{
	return astro_dusk(date, loc, astro_refraction(loc) + 16.0 / 60);
}
