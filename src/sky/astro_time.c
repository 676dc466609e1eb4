/*
 * astro_time.c: time of day, time zones and Delta T,
 * sidereal time and the coordinates of the sky; the places the
 * calendars use.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * 14.2-14.3: universal-from-local and the other conversions of
 * time, ephemeris-correction (after Espenak and Meeus), julian-centuries,
 * obliquity, equation-of-time, sidereal-from-moment (Meeus 12.4),
 * declination and right-ascension; the function names in the comments
 * are the book's, and astro.h states accuracy and range.
 */
#include <math.h>
#include <stdint.h>

#include "../fixed.h"
#include "astro.h"
#include "astro_math.h"


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
