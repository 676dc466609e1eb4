/*
 * astro.c: positions of the sun and moon, times of day, new moons.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 14, and the crescent functions of ch. 18; the function names in
 * the comments are the book's.  The periodic-term tables are the
 * book's (after Meeus, Astronomical Algorithms, 2nd ed., ch. 47 and
 * 49, and Bretagnon & Simon); astro.h states accuracy and range.
 */
#include <math.h>
#include <stddef.h>

#include "astro.h"
#include "fixed.h"

#define PI		3.14159265358979323846
#define DEG		(PI / 180.0)
#define HR(x)		((x) / 24.0)
#define MN(x)		((x) / 1440.0)
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

const struct astro_location astro_jerusalem = { 31.78, 35.24, 740.0,
    2.0 / 24.0 };
const struct astro_location astro_mecca = { 6427.0 / 300.0, 11947.0 / 300.0,
    298.0, 3.0 / 24.0 };
const struct astro_location astro_cairo = { 30.1, 31.3, 200.0, 2.0 / 24.0 };
const struct astro_location astro_tehran = { 35.68, 51.42, 1100.0,
    3.5 / 24.0 };
const struct astro_location astro_paris = {
	48.0 + 50.0 / 60.0 + 11.0 / 3600.0,
	2.0 + 20.0 / 60.0 + 15.0 / 3600.0, 27.0, 1.0 / 24.0 };

static double	sin_d(double);
static double	cos_d(double);
static double	tan_d(double);
static double	asin_d(double);
static double	acos_d(double);
static double	atan2_d(double, double);
static double	mod360(double);
static double	mod3(double, double, double);
static double	poly(double, const double *, int);
static double	depression(double, const struct astro_location *, double,
		    int);

/* Trigonometry in degrees. */
static double
sin_d(double x)
{
	return sin(fmod(x, 360.0) * DEG);
}

static double
cos_d(double x)
{
	return cos(fmod(x, 360.0) * DEG);
}

static double
tan_d(double x)
{
	return tan(fmod(x, 360.0) * DEG);
}

static double
asin_d(double x)
{
	return asin(x) / DEG;
}

static double
acos_d(double x)
{
	return acos(x) / DEG;
}

/* R&D arctan(y, x): the angle of (x, y), 0 <= result < 360. */
static double
atan2_d(double y, double x)
{
	return mod360(atan2(y, x) / DEG);
}

static double
mod360(double x)
{
	double r = fmod(x, 360.0);

	return r < 0 ? r + 360.0 : r;
}

/* R&D mod3: x shifted into [a, b). */
static double
mod3(double x, double a, double b)
{
	double w = b - a, r = fmod(x - a, w);

	return a + (r < 0 ? r + w : r);
}

/* R&D poly: c[0] + c[1] x + c[2] x^2 + ... (Horner). */
static double
poly(double x, const double *c, int n)
{
	double s = 0;

	while (n-- > 0)
		s = s * x + c[n];
	return s;
}

double
astro_angle(double d, double m, double s)
{
	return d + (m + s / 60.0) / 60.0;
}

int64_t
astro_fixed(double tee)
{
	return (int64_t)floor(tee);
}

/* zone-from-longitude */
double
astro_zone_from_longitude(double phi)
{
	return phi / 360.0;
}

/* universal-from-local */
double
astro_universal_from_local(double tee, const struct astro_location *loc)
{
	return tee - astro_zone_from_longitude(loc->longitude);
}

/* local-from-universal */
double
astro_local_from_universal(double tee, const struct astro_location *loc)
{
	return tee + astro_zone_from_longitude(loc->longitude);
}

/* standard-from-universal */
double
astro_standard_from_universal(double tee, const struct astro_location *loc)
{
	return tee + loc->zone;
}

/* universal-from-standard */
double
astro_universal_from_standard(double tee, const struct astro_location *loc)
{
	return tee - loc->zone;
}

/* standard-from-local */
double
astro_standard_from_local(double tee, const struct astro_location *loc)
{
	return astro_standard_from_universal(
	    astro_universal_from_local(tee, loc), loc);
}

/* local-from-standard */
double
astro_local_from_standard(double tee, const struct astro_location *loc)
{
	return astro_local_from_universal(
	    astro_universal_from_standard(tee, loc), loc);
}

/*
 * ephemeris-correction: Delta T by the book's polynomials in the
 * Gregorian year of the moment (after Espenak and Meeus), in days.
 */
double
astro_ephemeris_correction(double tee)
{
	static const double k2006[] = { 62.92, 0.32217, 0.005589 };
	static const double k1987[] = { 63.86, 0.3345, -0.060374, 0.0017275,
	    0.000651814, 0.00002373599 };
	static const double k1900[] = { -0.00002, 0.000297, 0.025184,
	    -0.181133, 0.553040, -0.861938, 0.677066, -0.212591 };
	static const double k1800[] = { -0.000009, 0.003844, 0.083563,
	    0.865736, 4.867575, 15.845535, 31.332267, 38.291999, 28.316289,
	    11.636204, 2.043794 };
	static const double k1700[] = { 8.118780842, -0.005092142,
	    0.003336121, -0.0000266484 };
	static const double k1600[] = { 120, -0.9808, -0.01532,
	    0.000140272128 };
	static const double k500[] = { 1574.2, -556.01, 71.23472, 0.319781,
	    -0.8503463, -0.005050998, 0.0083572073 };
	static const double k0[] = { 10583.6, -1014.41, 33.78311, -5.952053,
	    -0.1798452, 0.022174192, 0.0090316521 };
	int64_t year;
	int m, d;
	double y, c;

	fx_greg_date(astro_fixed(tee), &year, &m, &d);
	y = (double)year;
	/* Centuries from 1900-01-01 (RD 693596) to July 1 of the year. */
	c = (double)(fx_greg_fixed(year, 7, 1) - 693596) / 36525.0;
	if (year >= 2051 && year <= 2150)
		return (-20 + 32 * ((y - 1820) / 100) * ((y - 1820) / 100) +
		    0.5628 * (2150 - y)) / 86400;
	if (year >= 2006 && year <= 2050)
		return poly(y - 2000, k2006, NELEM(k2006)) / 86400;
	if (year >= 1987 && year <= 2005)
		return poly(y - 2000, k1987, NELEM(k1987)) / 86400;
	if (year >= 1900 && year <= 1986)
		return poly(c, k1900, NELEM(k1900));
	if (year >= 1800 && year <= 1899)
		return poly(c, k1800, NELEM(k1800));
	if (year >= 1700 && year <= 1799)
		return poly(y - 1700, k1700, NELEM(k1700)) / 86400;
	if (year >= 1600 && year <= 1699)
		return poly(y - 1600, k1600, NELEM(k1600)) / 86400;
	if (year >= 500 && year <= 1599)
		return poly((y - 1000) / 100, k500, NELEM(k500)) / 86400;
	if (year > -500 && year < 500)
		return poly(y / 100, k0, NELEM(k0)) / 86400;
	return (-20 + 32 * ((y - 1820) / 100) * ((y - 1820) / 100)) / 86400;
}

/* dynamical-from-universal */
double
astro_dynamical_from_universal(double tee)
{
	return tee + astro_ephemeris_correction(tee);
}

/* universal-from-dynamical */
double
astro_universal_from_dynamical(double tee)
{
	return tee - astro_ephemeris_correction(tee);
}

/* julian-centuries */
double
astro_julian_centuries(double tee)
{
	return (astro_dynamical_from_universal(tee) - ASTRO_J2000) / 36525.0;
}

/* obliquity */
double
astro_obliquity(double tee)
{
	static const double k[] = { 0, -46.8150 / 3600, -0.00059 / 3600,
	    0.001813 / 3600 };

	return astro_angle(23, 26, 21.448) +
	    poly(astro_julian_centuries(tee), k, NELEM(k));
}

/* equation-of-time */
double
astro_equation_of_time(double tee)
{
	static const double kl[] = { 280.46645, 36000.76983, 0.0003032 };
	static const double ka[] = { 357.52910, 35999.05030, -0.0001559,
	    -0.00000048 };
	static const double ke[] = { 0.016708617, -0.000042037,
	    -0.0000001236 };
	double c = astro_julian_centuries(tee);
	double lambda = poly(c, kl, NELEM(kl));
	double anomaly = poly(c, ka, NELEM(ka));
	double e = poly(c, ke, NELEM(ke));
	double t = tan_d(astro_obliquity(tee) / 2), y = t * t;
	double eq = (y * sin_d(2 * lambda) - 2 * e * sin_d(anomaly) +
	    4 * e * y * sin_d(anomaly) * cos_d(2 * lambda) -
	    0.5 * y * y * sin_d(4 * lambda) -
	    1.25 * e * e * sin_d(2 * anomaly)) / (2 * PI);

	/* The book caps it at half a day, keeping the sign. */
	if (fabs(eq) > HR(12))
		return eq < 0 ? -HR(12) : HR(12);
	return eq;
}

/* apparent-from-local */
double
astro_apparent_from_local(double tee, const struct astro_location *loc)
{
	return tee + astro_equation_of_time(astro_universal_from_local(tee,
	    loc));
}

/* local-from-apparent */
double
astro_local_from_apparent(double tee, const struct astro_location *loc)
{
	return tee - astro_equation_of_time(astro_universal_from_local(tee,
	    loc));
}

/* midnight */
double
astro_midnight(int64_t date, const struct astro_location *loc)
{
	return astro_standard_from_local(astro_local_from_apparent(
	    (double)date, loc), loc);
}

/* midday */
double
astro_midday(int64_t date, const struct astro_location *loc)
{
	return astro_standard_from_local(astro_local_from_apparent(
	    (double)date + HR(12), loc), loc);
}

/* sidereal-from-moment (Meeus 12.4), in UT as the book has it. */
double
astro_sidereal_from_moment(double tee)
{
	static const double k[] = { 280.46061837, 36525 * 360.98564736629,
	    0.000387933, -1 / 38710000.0 };

	return mod360(poly((tee - ASTRO_J2000) / 36525, k, NELEM(k)));
}

/* declination */
double
astro_declination(double tee, double beta, double lambda)
{
	double eps = astro_obliquity(tee);

	return asin_d(sin_d(beta) * cos_d(eps) +
	    cos_d(beta) * sin_d(eps) * sin_d(lambda));
}

/* right-ascension */
double
astro_right_ascension(double tee, double beta, double lambda)
{
	double eps = astro_obliquity(tee);

	return atan2_d(sin_d(lambda) * cos_d(eps) - tan_d(beta) * sin_d(eps),
	    cos_d(lambda));
}

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

/* nutation */
double
astro_nutation(double tee)
{
	static const double ka[] = { 124.90, -1934.134, 0.002063 };
	static const double kb[] = { 201.11, 72001.5377, 0.00057 };
	double c = astro_julian_centuries(tee);

	return -0.004778 * sin_d(poly(c, ka, NELEM(ka))) -
	    0.0003667 * sin_d(poly(c, kb, NELEM(kb)));
}

/* aberration */
double
astro_aberration(double tee)
{
	double c = astro_julian_centuries(tee);

	return 0.0000974 * cos_d(177.63 + 35999.01848 * c) - 0.005575;
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
	    0.000005729577951308232 * s + astro_aberration(tee) +
	    astro_nutation(tee));
}

/*
 * invert-angular for f increasing through the angle y once in [a, b]:
 * bisection to 1e-5 day, as the book's binary search, returning the
 * midpoint of the last interval.
 */
static double
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

/* The sine terms of nth-new-moon: v E^w sin(x M + y M' + z F). */
static const struct { double v; int w, x, y, z; } nm_terms[] = {
	{ -0.40720, 0, 0, 1, 0 }, { 0.17241, 1, 1, 0, 0 },
	{ 0.01608, 0, 0, 2, 0 }, { 0.01039, 0, 0, 0, 2 },
	{ 0.00739, 1, -1, 1, 0 }, { -0.00514, 1, 1, 1, 0 },
	{ 0.00208, 2, 2, 0, 0 }, { -0.00111, 0, 0, 1, -2 },
	{ -0.00057, 0, 0, 1, 2 }, { 0.00056, 1, 1, 2, 0 },
	{ -0.00042, 0, 0, 3, 0 }, { 0.00042, 1, 1, 0, 2 },
	{ 0.00038, 1, 1, 0, -2 }, { -0.00024, 1, -1, 2, 0 },
	{ -0.00007, 0, 2, 1, 0 }, { 0.00004, 0, 0, 2, -2 },
	{ 0.00004, 0, 3, 0, 0 }, { 0.00003, 0, 1, 1, -2 },
	{ 0.00003, 0, 0, 2, 2 }, { -0.00003, 0, 1, 1, 2 },
	{ 0.00003, 0, -1, 1, 2 }, { -0.00002, 0, -1, 1, -2 },
	{ -0.00002, 0, 1, 3, 0 }, { 0.00002, 0, 0, 4, 0 },
};

/* The planetary terms of nth-new-moon: l sin(i + j k). */
static const struct { double i, j, l; } nm_extra[] = {
	{ 251.88, 0.016321, 0.000165 }, { 251.83, 26.651886, 0.000164 },
	{ 349.42, 36.412478, 0.000126 }, { 84.66, 18.206239, 0.000110 },
	{ 141.74, 53.303771, 0.000062 }, { 207.14, 2.453732, 0.000060 },
	{ 154.84, 7.306860, 0.000056 }, { 34.52, 27.261239, 0.000047 },
	{ 207.19, 0.121824, 0.000042 }, { 291.34, 1.844379, 0.000040 },
	{ 161.72, 24.198154, 0.000037 }, { 239.56, 25.513099, 0.000035 },
	{ 331.55, 3.592518, 0.000023 },
};

/* nth-new-moon */
double
astro_nth_new_moon(int64_t n)
{
	static const double ke[] = { 1, -0.002516, -0.0000074 };
	static const double kx[] = { 299.77, 132.8475848, -0.009173 };
	double k = (double)(n - 24724), c = k / 1236.85;
	double approx = ASTRO_J2000 + 5.09766 +
	    ASTRO_MEAN_SYNODIC_MONTH * 1236.85 * c +
	    c * c * (0.00015437 + c * (-0.000000150 + c * 0.00000000073));
	double e = poly(c, ke, NELEM(ke));
	double sa = 2.5534 + 1236.85 * 29.10535670 * c +
	    c * c * (-0.0000014 + c * -0.00000011);
	double la = 201.5643 + 385.81693528 * 1236.85 * c +
	    c * c * (0.0107582 + c * (0.00001238 + c * -0.000000058));
	double ma = 160.7108 + 390.67050284 * 1236.85 * c +
	    c * c * (-0.0016118 + c * (-0.00000227 + c * 0.000000011));
	double om = 124.7746 + -1.56375588 * 1236.85 * c +
	    c * c * (0.0020672 + c * 0.00000215);
	double corr = -0.00017 * sin_d(om), add = 0;
	size_t i;

	for (i = 0; i < NELEM(nm_terms); i++)
		corr += nm_terms[i].v * (nm_terms[i].w == 0 ? 1 :
		    nm_terms[i].w == 1 ? e : e * e) *
		    sin_d(nm_terms[i].x * sa + nm_terms[i].y * la +
		    nm_terms[i].z * ma);
	for (i = 0; i < NELEM(nm_extra); i++)
		add += nm_extra[i].l * sin_d(nm_extra[i].i + nm_extra[i].j * k);
	return astro_universal_from_dynamical(approx + corr +
	    0.000325 * sin_d(poly(c, kx, NELEM(kx))) + add);
}

/*
 * nth-new-moon(0), the new moon of 2000-01-06, which the searches and
 * lunar-phase below start from: computed once a thread.
 */
static double
new_moon_zero(void)
{
	static _Thread_local double t0;
	static _Thread_local int known;

	if (!known) {
		t0 = astro_nth_new_moon(0);
		known = 1;
	}
	return t0;
}

/* The number the book's new-moon search starts from (n - 1 there). */
static int64_t
new_moon_guess(double tee)
{
	double t0 = new_moon_zero();

	return (int64_t)llround((tee - t0) / ASTRO_MEAN_SYNODIC_MONTH -
	    astro_lunar_phase(tee) / 360);
}

/* new-moon-at-or-after, as a number */
int64_t
astro_new_moon_number_at_or_after(double tee)
{
	int64_t n = new_moon_guess(tee);

	while (astro_nth_new_moon(n) < tee)
		n++;
	/* The guess is within one of the answer; make it the first. */
	while (astro_nth_new_moon(n - 1) >= tee)
		n--;
	return n;
}

/* new-moon-before */
double
astro_new_moon_before(double tee)
{
	return astro_nth_new_moon(astro_new_moon_number_at_or_after(tee) - 1);
}

/* new-moon-at-or-after */
double
astro_new_moon_at_or_after(double tee)
{
	return astro_nth_new_moon(astro_new_moon_number_at_or_after(tee));
}

/* The fundamental arguments of the moon's theory (Meeus 47.1-47.5). */
struct moon_args {
	double	l, d, m, mp, f, e;
};

static void
moon_args(double c, struct moon_args *a)
{
	static const double kl[] = { 218.3164477, 481267.88123421, -0.0015786,
	    1 / 538841.0, -1 / 65194000.0 };
	static const double kd[] = { 297.8501921, 445267.1114034, -0.0018819,
	    1 / 545868.0, -1 / 113065000.0 };
	static const double km[] = { 357.5291092, 35999.0502909, -0.0001536,
	    1 / 24490000.0 };
	static const double kmp[] = { 134.9633964, 477198.8675055, 0.0087414,
	    1 / 69699.0, -1 / 14712000.0 };
	static const double kf[] = { 93.2720950, 483202.0175233, -0.0036539,
	    -1 / 3526000.0, 1 / 863310000.0 };
	static const double ke[] = { 1, -0.002516, -0.0000074 };

	a->l = mod360(poly(c, kl, NELEM(kl)));		/* mean-lunar-longitude */
	a->d = mod360(poly(c, kd, NELEM(kd)));		/* lunar-elongation */
	a->m = mod360(poly(c, km, NELEM(km)));		/* solar-anomaly */
	a->mp = mod360(poly(c, kmp, NELEM(kmp)));	/* lunar-anomaly */
	a->f = mod360(poly(c, kf, NELEM(kf)));		/* moon-node */
	a->e = poly(c, ke, NELEM(ke));
}

/* E^|x|, the eccentricity factor of a term with x times M. */
static double
efactor(const struct moon_args *a, int x)
{
	return x == 0 ? 1 : (x == 1 || x == -1) ? a->e : a->e * a->e;
}

/*
 * Terms of lunar-longitude (sine, v) and lunar-distance (cosine, u):
 * arguments w D + x M + y M' + z F (Meeus table 47.A).
 */
static const struct { signed char w, x, y, z; double v, u; } lon_terms[] = {
	{ 0, 0, 1, 0, 6288774, -20905355 }, { 2, 0, -1, 0, 1274027, -3699111 },
	{ 2, 0, 0, 0, 658314, -2955968 }, { 0, 0, 2, 0, 213618, -569925 },
	{ 0, 1, 0, 0, -185116, 48888 }, { 0, 0, 0, 2, -114332, -3149 },
	{ 2, 0, -2, 0, 58793, 246158 }, { 2, -1, -1, 0, 57066, -152138 },
	{ 2, 0, 1, 0, 53322, -170733 }, { 2, -1, 0, 0, 45758, -204586 },
	{ 0, 1, -1, 0, -40923, -129620 }, { 1, 0, 0, 0, -34720, 108743 },
	{ 0, 1, 1, 0, -30383, 104755 }, { 2, 0, 0, -2, 15327, 10321 },
	{ 0, 0, 1, 2, -12528, 0 }, { 0, 0, 1, -2, 10980, 79661 },
	{ 4, 0, -1, 0, 10675, -34782 }, { 0, 0, 3, 0, 10034, -23210 },
	{ 4, 0, -2, 0, 8548, -21636 }, { 2, 1, -1, 0, -7888, 24208 },
	{ 2, 1, 0, 0, -6766, 30824 }, { 1, 0, -1, 0, -5163, -8379 },
	{ 1, 1, 0, 0, 4987, -16675 }, { 2, -1, 1, 0, 4036, -12831 },
	{ 2, 0, 2, 0, 3994, -10445 }, { 4, 0, 0, 0, 3861, -11650 },
	{ 2, 0, -3, 0, 3665, 14403 }, { 0, 1, -2, 0, -2689, -7003 },
	{ 2, 0, -1, 2, -2602, 0 }, { 2, -1, -2, 0, 2390, 10056 },
	{ 1, 0, 1, 0, -2348, 6322 }, { 2, -2, 0, 0, 2236, -9884 },
	{ 0, 1, 2, 0, -2120, 5751 }, { 0, 2, 0, 0, -2069, 0 },
	{ 2, -2, -1, 0, 2048, -4950 }, { 2, 0, 1, -2, -1773, 4130 },
	{ 2, 0, 0, 2, -1595, 0 }, { 4, -1, -1, 0, 1215, -3958 },
	{ 0, 0, 2, 2, -1110, 0 }, { 3, 0, -1, 0, -892, 3258 },
	{ 2, 1, 1, 0, -810, 2616 }, { 4, -1, -2, 0, 759, -1897 },
	{ 0, 2, -1, 0, -713, -2117 }, { 2, 2, -1, 0, -700, 2354 },
	{ 2, 1, -2, 0, 691, 0 }, { 2, -1, 0, -2, 596, 0 },
	{ 4, 0, 1, 0, 549, -1423 }, { 0, 0, 4, 0, 537, -1117 },
	{ 4, -1, 0, 0, 520, -1571 }, { 1, 0, -2, 0, -487, -1739 },
	{ 2, 1, 0, -2, -399, 0 }, { 0, 0, 2, -2, -381, -4421 },
	{ 1, 1, 1, 0, 351, 0 }, { 3, 0, -2, 0, -340, 0 },
	{ 4, 0, -3, 0, 330, 0 }, { 2, -1, 2, 0, 327, 0 },
	{ 0, 2, 1, 0, -323, 1165 }, { 1, 1, -1, 0, 299, 0 },
	{ 2, 0, 3, 0, 294, 0 }, { 2, 0, -1, -2, 0, 8752 },
};

/* Terms of lunar-latitude, v sin(w D + x M + y M' + z F) (table 47.B). */
static const struct { signed char w, x, y, z; double v; } lat_terms[] = {
	{ 0, 0, 0, 1, 5128122 }, { 0, 0, 1, 1, 280602 }, { 0, 0, 1, -1, 277693 },
	{ 2, 0, 0, -1, 173237 }, { 2, 0, -1, 1, 55413 }, { 2, 0, -1, -1, 46271 },
	{ 2, 0, 0, 1, 32573 }, { 0, 0, 2, 1, 17198 }, { 2, 0, 1, -1, 9266 },
	{ 0, 0, 2, -1, 8822 }, { 2, -1, 0, -1, 8216 }, { 2, 0, -2, -1, 4324 },
	{ 2, 0, 1, 1, 4200 }, { 2, 1, 0, -1, -3359 }, { 2, -1, -1, 1, 2463 },
	{ 2, -1, 0, 1, 2211 }, { 2, -1, -1, -1, 2065 }, { 0, 1, -1, -1, -1870 },
	{ 4, 0, -1, -1, 1828 }, { 0, 1, 0, 1, -1794 }, { 0, 0, 0, 3, -1749 },
	{ 0, 1, -1, 1, -1565 }, { 1, 0, 0, 1, -1491 }, { 0, 1, 1, 1, -1475 },
	{ 0, 1, 1, -1, -1410 }, { 0, 1, 0, -1, -1344 }, { 1, 0, 0, -1, -1335 },
	{ 0, 0, 3, 1, 1107 }, { 4, 0, 0, -1, 1021 }, { 4, 0, -1, 1, 833 },
	{ 0, 0, 1, -3, 777 }, { 4, 0, -2, 1, 671 }, { 2, 0, 0, -3, 607 },
	{ 2, 0, 2, -1, 596 }, { 2, -1, 1, -1, 491 }, { 2, 0, -2, 1, -451 },
	{ 0, 0, 3, -1, 439 }, { 2, 0, 2, 1, 422 }, { 2, 0, -3, -1, 421 },
	{ 2, 1, -1, 1, -366 }, { 2, 1, 0, 1, -351 }, { 4, 0, 0, 1, 331 },
	{ 2, -1, 1, 1, 315 }, { 2, -2, 0, -1, 302 }, { 0, 0, 1, 3, -283 },
	{ 2, 1, 1, -1, -229 }, { 1, 1, 0, -1, 223 }, { 1, 1, 0, 1, 223 },
	{ 0, 1, -2, -1, -220 }, { 2, 1, -1, -1, -220 }, { 1, 0, 1, 1, -185 },
	{ 2, -1, -2, -1, 181 }, { 0, 1, 2, 1, -177 }, { 4, 0, -2, -1, 176 },
	{ 4, -1, -1, -1, 166 }, { 1, 0, 1, -1, -164 }, { 4, 0, 1, -1, 132 },
	{ 1, 0, -1, -1, -119 }, { 4, -1, 0, -1, 115 }, { 2, -2, 0, 1, 107 },
};

/* lunar-longitude */
double
astro_lunar_longitude(double tee)
{
	double c = astro_julian_centuries(tee), s = 0;
	struct moon_args a;
	size_t i;

	moon_args(c, &a);
	for (i = 0; i < NELEM(lon_terms); i++)
		if (lon_terms[i].v != 0)
			s += lon_terms[i].v * efactor(&a, lon_terms[i].x) *
			    sin_d(lon_terms[i].w * a.d + lon_terms[i].x * a.m +
			    lon_terms[i].y * a.mp + lon_terms[i].z * a.f);
	return mod360(a.l + s / 1000000 +
	    3958.0 / 1000000 * sin_d(119.75 + c * 131.849) +	/* Venus */
	    318.0 / 1000000 * sin_d(53.09 + c * 479264.29) +	/* Jupiter */
	    1962.0 / 1000000 * sin_d(a.l - a.f) +		/* flat earth */
	    astro_nutation(tee));
}

/* lunar-latitude */
double
astro_lunar_latitude(double tee)
{
	double c = astro_julian_centuries(tee), s = 0;
	struct moon_args a;
	size_t i;

	moon_args(c, &a);
	for (i = 0; i < NELEM(lat_terms); i++)
		s += lat_terms[i].v * efactor(&a, lat_terms[i].x) *
		    sin_d(lat_terms[i].w * a.d + lat_terms[i].x * a.m +
		    lat_terms[i].y * a.mp + lat_terms[i].z * a.f);
	return (s + 175 * (sin_d(119.75 + c * 131.849 + a.f) +
	    sin_d(119.75 + c * 131.849 - a.f)) -
	    2235 * sin_d(a.l) + 127 * sin_d(a.l - a.mp) -
	    115 * sin_d(a.l + a.mp) +
	    382 * sin_d(313.45 + c * 481266.484)) / 1000000;
}

/* lunar-distance */
double
astro_lunar_distance(double tee)
{
	double c = astro_julian_centuries(tee), s = 0;
	struct moon_args a;
	size_t i;

	moon_args(c, &a);
	for (i = 0; i < NELEM(lon_terms); i++)
		if (lon_terms[i].u != 0)
			s += lon_terms[i].u * efactor(&a, lon_terms[i].x) *
			    cos_d(lon_terms[i].w * a.d + lon_terms[i].x * a.m +
			    lon_terms[i].y * a.mp + lon_terms[i].z * a.f);
	return 385000560 + s;
}

/* lunar-phase */
double
astro_lunar_phase(double tee)
{
	double phi = mod360(astro_lunar_longitude(tee) -
	    astro_solar_longitude(tee));
	int64_t n = (int64_t)llround((tee - new_moon_zero()) /
	    ASTRO_MEAN_SYNODIC_MONTH);
	double x = (tee - astro_nth_new_moon(n)) / ASTRO_MEAN_SYNODIC_MONTH;
	double alt = 360 * (x - floor(x));

	/* Near a wrap the mean phase settles which side it is on. */
	return fabs(phi - alt) > 180 ? alt : phi;
}

/* lunar-phase-at-or-before */
double
astro_lunar_phase_at_or_before(double phi, double tee)
{
	double tau = tee - ASTRO_MEAN_SYNODIC_MONTH / 360 *
	    mod360(astro_lunar_phase(tee) - phi);

	return invert_angular(astro_lunar_phase, phi, tau - 2,
	    fmin(tee, tau + 2));
}

/* lunar-phase-at-or-after */
double
astro_lunar_phase_at_or_after(double phi, double tee)
{
	double tau = tee + ASTRO_MEAN_SYNODIC_MONTH / 360 *
	    mod360(phi - astro_lunar_phase(tee));

	return invert_angular(astro_lunar_phase, phi, fmax(tee, tau - 2),
	    tau + 2);
}

/* lunar-altitude */
double
astro_lunar_altitude(double tee, const struct astro_location *loc)
{
	double lambda = astro_lunar_longitude(tee);
	double beta = astro_lunar_latitude(tee);
	double alpha = astro_right_ascension(tee, beta, lambda);
	double delta = astro_declination(tee, beta, lambda);
	double h = mod360(astro_sidereal_from_moment(tee) + loc->longitude -
	    alpha);
	double alt = asin_d(sin_d(loc->latitude) * sin_d(delta) +
	    cos_d(loc->latitude) * cos_d(delta) * cos_d(h));

	return mod3(alt, -180, 180);
}

/* lunar-parallax */
double
astro_lunar_parallax(double tee, const struct astro_location *loc)
{
	double geo = astro_lunar_altitude(tee, loc);

	return asin_d(6378140 / astro_lunar_distance(tee) * cos_d(geo));
}

/* observed-lunar-altitude: topocentric-lunar-altitude + refraction +
 * the moon's semi-diameter. */
double
astro_observed_lunar_altitude(double tee, const struct astro_location *loc)
{
	double geo = astro_lunar_altitude(tee, loc);
	double par = asin_d(6378140 / astro_lunar_distance(tee) * cos_d(geo));

	return geo - par + astro_refraction(loc) + 16.0 / 60;
}

/* moonset */
double
astro_moonset(int64_t date, const struct astro_location *loc)
{
	double tee = astro_universal_from_standard((double)date, loc);
	int waxing = astro_lunar_phase(tee) < 180;
	double alt = astro_observed_lunar_altitude(tee, loc);
	double offset = alt / (4 * (90 - fabs(loc->latitude)));
	double approx, lo, hi, set;

	if (waxing)
		approx = offset > 0 ? tee + offset : tee + 1 + offset;
	else
		approx = tee - offset + 0.5;
	lo = approx - HR(6);
	hi = approx + HR(6);
	while (hi - lo >= MN(1)) {
		double x = (lo + hi) / 2;

		if (astro_observed_lunar_altitude(x, loc) < 0)
			hi = x;
		else
			lo = x;
	}
	set = (lo + hi) / 2;
	if (set >= tee + 1)
		return NAN;
	return fmax(astro_standard_from_universal(set, loc), (double)date);
}

/* arc-of-light */
double
astro_arc_of_light(double tee)
{
	return acos_d(cos_d(astro_lunar_latitude(tee)) *
	    cos_d(astro_lunar_phase(tee)));
}

/* simple-best-view: dusk with the sun 4.5 degrees down, in UT. */
static double
best_view(int64_t date, const struct astro_location *loc)
{
	double dark = astro_dusk(date, loc, 4.5);

	return astro_universal_from_standard(isnan(dark) ? (double)date + 1 :
	    dark, loc);
}

/* shaukat-criterion, R&D's visible-crescent */
int
astro_visible_crescent(int64_t date, const struct astro_location *loc)
{
	double tee = best_view(date - 1, loc);
	double phase = astro_lunar_phase(tee);
	double h = astro_lunar_altitude(tee, loc);
	double arcl = astro_arc_of_light(tee);

	return phase > 0 && phase < 90 && arcl >= 10.6 && arcl <= 90 &&
	    h > 4.1;
}

/* phasis-on-or-before */
int64_t
astro_phasis_on_or_before(int64_t date, const struct astro_location *loc)
{
	int64_t moon = astro_fixed(astro_lunar_phase_at_or_before(0,
	    (double)date));
	int64_t d = date - moon <= 3 && !astro_visible_crescent(date, loc) ?
	    moon - 30 : moon;

	while (!astro_visible_crescent(d, loc))
		d++;
	return d;
}

/* phasis-on-or-after */
int64_t
astro_phasis_on_or_after(int64_t date, const struct astro_location *loc)
{
	int64_t moon = astro_fixed(astro_lunar_phase_at_or_before(0,
	    (double)date));
	int64_t d = date - moon >= 4 ||
	    astro_visible_crescent(date - 1, loc) ? moon + 29 : date;

	while (!astro_visible_crescent(d, loc))
		d++;
	return d;
}
