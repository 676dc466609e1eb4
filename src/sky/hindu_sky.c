/*
 * hindu_sky.c: the sky of the astronomical Hindu calendars (see
 * hindu_sky.h), on the functions of astro.c.
 */
#include <math.h>

#include "astro.h"
#include "hindu_sky.h"

#define DEG	(3.14159265358979323846 / 180.0)
#define EPOCH	(-1132959.0)		/* R&D hindu-epoch */
/* R&D mean-sidereal-year (ch. 14). */
#define MEAN_SIDEREAL_YEAR	365.25636
/* R&D's Ujjain (hindu-location): 23 9' N, 75 46' 6" E, 5:07:04 ahead. */
static const struct astro_location ujjain = {
	23.0 + 9.0 / 60.0, 75.0 + 46.0 / 60.0 + 6.0 / 3600.0, 0.0,
	(5.0 + 461.0 / 9000.0) / 24.0
};

/* x - 360 floor(x / 360). */
static double
mod360(double x)
{
	double r = x - 360.0 * floor(x / 360.0);

	return r >= 360.0 ? r - 360.0 : r;
}

/* R&D precession: of the equinox, since J2000, in degrees (ch. 14). */
double
hs_precession(double tee)
{
	double c = astro_julian_centuries(tee);
	double eta = mod360((47.0029 + (-0.03302 + 0.000060 * c) * c) * c /
	    3600.0);
	double cap_p = mod360(174.876384 + (-869.8089 + 0.03536 * c) * c /
	    3600.0);
	double p = mod360((5029.0966 + (1.11113 + 0.000006 * c) * c) * c /
	    3600.0);
	double a = cos(eta * DEG) * sin(cap_p * DEG);
	double b = cos(cap_p * DEG);
	double arg = mod360(atan2(a, b) / DEG);

	return mod360(p + cap_p - arg);
}

/* R&D sidereal-solar-longitude. */
double
hs_sidereal_longitude(double tee)
{
	return mod360(astro_solar_longitude(tee) - hs_precession(tee) +
	    HS_SIDEREAL_START);
}

/* R&D sidereal-zodiac. */
int
hs_sidereal_zodiac(double tee)
{
	return (int)floor(hs_sidereal_longitude(tee) / 30.0) + 1;
}

/*
 * R&D astro-hindu-sunrise: the sun's centre 47' below the horizon at
 * Ujjain (dawn with that depression: refraction and the sun's
 * semidiameter), in Ujjain's standard time, to the nearest minute.
 */
double
hs_sunrise(int64_t date)
{
	double rise = astro_dawn(date, &ujjain, 47.0 / 60.0);

	return floor(rise * 1440.0 + 0.5) / 1440.0;
}

/*
 * R&D astro-hindu-sunset: the sun's centre 47' below the horizon at
 * Ujjain in the evening, in Ujjain's standard time.
 */
double
hs_sunset(int64_t date)
{
	return astro_dusk(date, &ujjain, 47.0 / 60.0);
}

/* R&D astro-hindu-calendar-year. */
int64_t
hs_calendar_year(double tee)
{
	return (int64_t)floor((tee - EPOCH) / MEAN_SIDEREAL_YEAR -
	    hs_sidereal_longitude(tee) / 360.0 + 0.5);
}

/* R&D astro-lunar-day-from-moment. */
int
hs_lunar_day(double tee)
{
	return (int)floor(astro_lunar_phase(tee) / 12.0) + 1;
}
