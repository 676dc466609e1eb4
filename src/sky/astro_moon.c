/*
 * astro_moon.c: new moons, the position of the moon,
 * moonset and the visibility of the new crescent.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * 14.5 (nth-new-moon, lunar-longitude and the other lunar functions,
 * moonset) and 18.3 (arc-of-light, simple-best-view, shaukat-criterion,
 * phasis-on-or-before/after); the periodic-term tables are the book's,
 * after J. Meeus, Astronomical Algorithms (2nd ed., 1998), ch. 47 and
 * 49.  The function names in the comments are the book's.
 */
#include <math.h>
#include <stdint.h>

#include "astro.h"
#include "astro_math.h"

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
	    astro_nutation_c(c));
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
