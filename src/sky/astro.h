/*
 * astro.h: the astronomy the calendars of the sun and the moon share.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.,
 * 2018), ch. 14 "Time and Astronomy" (and the crescent-visibility
 * functions of ch. 18); each function below names the book's function
 * it computes.  The book takes its formulas from J. Meeus, Astronomical
 * Algorithms (2nd ed., 1998) and P. Bretagnon & J.-L. Simon, Planetary
 * Programs and Tables from -4000 to +2800 (1986).
 *
 * Moments are days since RD 0 (RD 1 = Gregorian 0001-01-01 at 0:00) as
 * a double: the integer part is the fixed day, the fraction the time of
 * day.  Unless a function says otherwise, a moment is in Universal Time
 * (UT).  Angles are degrees.  Everything here is a pure function of its
 * arguments: no heap, no state, safe from any thread.
 *
 * Accuracy and range.  The solar longitude (Bretagnon & Simon's 49-term
 * series) is within about 0.0006 degrees, under a minute of time, over
 * -4000..+2800 in dynamical time; new moons (Meeus ch. 49) are within
 * about half a minute in dynamical time over -2000..+4000.  What limits
 * a moment in UT is the ephemeris correction (Delta T): exact to a
 * second or so for the years 1620..2005 that it fits to observations,
 * and an extrapolation, off by minutes within a few centuries and by
 * hours in the far past or future, outside.  The unit tests hold the
 * functions to the book's sample values at its 33 sample dates
 * (-586..2094), to USNO equinox and solstice times within 3 minutes and
 * to NASA new-moon times within 2 minutes for 1999..2024.  Calendars
 * built on this module state their own range: this module computes for
 * any moment of years -4000..+4000 but is worth trusting to a day only
 * within a few centuries of the present.
 *
 * Functions that find a moment which may not exist (sunrise in the
 * polar night, a moonset that falls on the next day) return NAN; test
 * with isnan().
 */
#ifndef CALCONV_ASTRO_H
#define CALCONV_ASTRO_H

#include <stdint.h>

/* R&D's constants (14.1 and 14.5). */
#define ASTRO_MEAN_TROPICAL_YEAR	365.242189
#define ASTRO_MEAN_SYNODIC_MONTH	29.530588861
#define ASTRO_J2000			730120.5	/* noon, 2000-01-01 */

/* Solar longitudes of the seasons. */
#define ASTRO_SPRING	0.0
#define ASTRO_SUMMER	90.0
#define ASTRO_AUTUMN	180.0
#define ASTRO_WINTER	270.0

/*
 * A place (R&D "location"): latitude (north positive) and longitude
 * (east positive) in degrees, elevation in metres, and the standard
 * time zone as a fraction of a day east of Greenwich.
 */
struct astro_location {
	double	latitude;
	double	longitude;
	double	elevation;
	double	zone;
};

/* The places the book's calendars use (R&D 14.2, 15, 18, 16, 17). */
extern const struct astro_location astro_jerusalem;	/* 31.78N 35.24E */
extern const struct astro_location astro_mecca;		/* 21.42N 39.82E */
extern const struct astro_location astro_cairo;		/* islamic-location */
extern const struct astro_location astro_tehran;	/* R&D's Persian */
extern const struct astro_location astro_paris;		/* French Republic */

/* Degrees of angle from degrees, minutes and seconds (R&D "angle"). */
double	astro_angle(double, double, double);

/* The day of a moment (R&D fixed-from-moment): floor. */
int64_t	astro_fixed(double);

/* --- time (R&D 14.3) ------------------------------------------------ */

/* zone-from-longitude: a longitude as a fraction of a day. */
double	astro_zone_from_longitude(double);
/* universal-from-local, local-from-universal: local mean time. */
double	astro_universal_from_local(double, const struct astro_location *);
double	astro_local_from_universal(double, const struct astro_location *);
/* standard-from-universal, universal-from-standard: the zone's time. */
double	astro_standard_from_universal(double,
	    const struct astro_location *);
double	astro_universal_from_standard(double,
	    const struct astro_location *);
/* standard-from-local, local-from-standard. */
double	astro_standard_from_local(double, const struct astro_location *);
double	astro_local_from_standard(double, const struct astro_location *);

/*
 * ephemeris-correction: dynamical time less universal time at a
 * moment, in days (Delta T), by the book's piecewise polynomials in
 * the Gregorian year.
 */
double	astro_ephemeris_correction(double);
double	astro_dynamical_from_universal(double);
double	astro_universal_from_dynamical(double);
/* julian-centuries: dynamical centuries since J2000. */
double	astro_julian_centuries(double);

/* equation-of-time: apparent less mean solar time, in days, at UT. */
double	astro_equation_of_time(double);
/* apparent-from-local, local-from-apparent: sundial and mean time. */
double	astro_apparent_from_local(double, const struct astro_location *);
double	astro_local_from_apparent(double, const struct astro_location *);
/* midnight, midday: true (apparent) midnight and noon of a day, as
 * standard time at the place. */
double	astro_midnight(int64_t, const struct astro_location *);
double	astro_midday(int64_t, const struct astro_location *);

/* sidereal-from-moment: mean sidereal time at Greenwich, degrees. */
double	astro_sidereal_from_moment(double);
/* obliquity of the ecliptic, degrees. */
double	astro_obliquity(double);
/* declination and right-ascension of ecliptic latitude beta and
 * longitude lambda at a moment. */
double	astro_declination(double, double, double);
double	astro_right_ascension(double, double, double);

/* --- the sun (R&D 14.4, 14.7) ---------------------------------------- */

/* solar-longitude at a moment (UT), 0 <= result < 360. */
double	astro_solar_longitude(double);
/* nutation and aberration, the corrections it includes. */
double	astro_nutation(double);
double	astro_aberration(double);
/* solar-longitude-after: the first moment at or after tee when the
 * sun's longitude is lambda, to about a second. */
double	astro_solar_longitude_after(double lambda, double tee);
/* estimate-prior-solar-longitude: a moment within about a day before
 * tee when the longitude was lambda. */
double	astro_estimate_prior_solar_longitude(double lambda, double tee);

/* refraction at a place, degrees. */
double	astro_refraction(const struct astro_location *);
/*
 * dawn and dusk of a day at a place: standard time when the sun's
 * centre is alpha degrees below the horizon, or NAN; sunrise and
 * sunset, of the upper limb with refraction.
 */
double	astro_dawn(int64_t, const struct astro_location *, double alpha);
double	astro_dusk(int64_t, const struct astro_location *, double alpha);
double	astro_sunrise(int64_t, const struct astro_location *);
double	astro_sunset(int64_t, const struct astro_location *);

/* --- the moon (R&D 14.5) --------------------------------------------- */

/* nth-new-moon: the moment (UT) of new moon n, 0 the first after RD 0
 * (0001-01-11). */
double	astro_nth_new_moon(int64_t);
/* The number n of the first new moon at or after tee. */
int64_t	astro_new_moon_number_at_or_after(double);
/* new-moon-before and new-moon-at-or-after a moment. */
double	astro_new_moon_before(double);
double	astro_new_moon_at_or_after(double);
/* lunar-longitude, lunar-latitude: geocentric, degrees. */
double	astro_lunar_longitude(double);
double	astro_lunar_latitude(double);
/* lunar-phase: lunar less solar longitude, 0 <= result < 360. */
double	astro_lunar_phase(double);
/* lunar-phase-at-or-before and lunar-phase-at-or-after. */
double	astro_lunar_phase_at_or_before(double phi, double tee);
double	astro_lunar_phase_at_or_after(double phi, double tee);
/* lunar-altitude: geocentric, degrees, at a moment and place. */
double	astro_lunar_altitude(double, const struct astro_location *);
/* lunar-distance in metres; lunar-parallax in degrees. */
double	astro_lunar_distance(double);
double	astro_lunar_parallax(double, const struct astro_location *);
/* observed-lunar-altitude: topocentric, of the upper limb, refracted. */
double	astro_observed_lunar_altitude(double,
	    const struct astro_location *);
/* moonset: standard time of moonset on a day at a place, or NAN. */
double	astro_moonset(int64_t, const struct astro_location *);

/* --- the crescent (R&D 18.3: arc-of-light, shaukat-criterion) -------- */

/* arc-of-light: angular distance of sun and moon at a moment. */
double	astro_arc_of_light(double);
/* visible-crescent: is the new crescent likely seen at the place on
 * the eve of the day (S. K. Shaukat's criterion)? */
int	astro_visible_crescent(int64_t, const struct astro_location *);
/* phasis-on-or-before and phasis-on-or-after: the day on whose eve the
 * crescent was first seen, on or before (after) a day. */
int64_t	astro_phasis_on_or_before(int64_t, const struct astro_location *);
int64_t	astro_phasis_on_or_after(int64_t, const struct astro_location *);

#endif
