/*
 * test_astro.c: the astronomy module against published values.
 *
 * The sample values are those of Reingold & Dershowitz, Calendrical
 * Calculations (4th ed.), Appendix C, at the book's 33 sample dates,
 * as the book's reference code computes them (the same numbers are in
 * ICU4X's calendrical_calculations tests, which check their own port
 * against that code).  The seasons are the U.S. Naval Observatory's
 * "Earth's Seasons" table (UT, to the minute); the new moons NASA's
 * "Six Millennium Catalog of Phases of the Moon" (F. Espenak, UT, to
 * the minute).
 */
#include <math.h>
#include <stdint.h>

#include "cal/hindu_common.h"
#include "cal/year_cache.h"
#include "sky/astro.h"
#include "sky/hindu_sky.h"
#include "sky/surya.h"
#include "calendar.h"
#include "fixed.h"
#include "unit.h"

#define NSAMPLE	33

static const int64_t sample_rd[NSAMPLE] = {
	-214193, -61387, 25469, 49217, 171307, 210155, 253427, 369740,
	400085, 434355, 452605, 470160, 473837, 507850, 524156, 544676,
	567118, 569477, 601716, 613424, 626596, 645554, 664224, 671401,
	694799, 704424, 708842, 709409, 709580, 727274, 728714, 744313,
	764652,
};

/* Degrees apart on the circle. */
static double
angle_apart(double a, double b)
{
	double d = fmod(fabs(a - b), 360.0);

	return d > 180 ? 360 - d : d;
}

static void
ephemeris_correction_matches_the_book(void)
{
	static const double want[NSAMPLE] = {
		0.2141698518518519, 0.14363257367091617, 0.11444429141515931,
		0.10718320232694657, 0.06949806372337948, 0.05750681225096574,
		0.04475812294339828, 0.017397257248984357,
		0.012796798891589713, 0.008869421568656596,
		0.007262628304956149, 0.005979700330107665,
		0.005740181544555194, 0.0038756713829057486,
		0.0031575183970409424, 0.0023931271439193596,
		0.0017316532690131062, 0.0016698814624679225,
		6.150149905066665E-4, 1.7716816592592584E-4,
		1.016458530046296E-4, 1.7152348357870364E-4,
		1.3696411598154996E-4, 6.153868613872005E-5,
		1.4168812498149138E-5, 2.767107192307865E-4,
		2.9636802723679223E-4, 3.028239003387824E-4,
		3.028239003387824E-4, 6.75088347496296E-4,
		7.128242445629627E-4, 9.633446296296293E-4,
		0.0029138888888888877,
	};
	int i;

	for (i = 0; i < NSAMPLE; i++) {
		double got = astro_ephemeris_correction((double)sample_rd[i]);

		CHECK(fabs(got - want[i]) < 1e-9 * fmax(1, fabs(want[i]) * 1e3),
		    "RD %lld: %.12g, want %.12g", (long long)sample_rd[i], got,
		    want[i]);
	}
}

static void
solar_longitude_at_noon_matches_the_book(void)
{
	static const double want[NSAMPLE] = {
		119.47343190503307, 254.2489611345809, 181.43599673954304,
		188.66392267483752, 289.0915666249348, 59.11974154849304,
		228.31455470912624, 34.46076992887538, 63.18799596698955,
		2.4575913259759545, 350.475934906397, 13.498220866371412,
		37.403920329437824, 81.02813003520714, 313.86049865107634,
		19.95443016415811, 176.05943166351062, 344.92295174632454,
		79.96492181924987, 99.30231774304411, 121.53530416596914,
		88.56742889029556, 129.289884101192, 6.146910693067184,
		28.25199345351575, 151.7806330331332, 185.94586701843946,
		28.55560762159439, 193.3478921554779, 357.15125499424175,
		336.1706924761211, 228.18487947607719, 116.43935225951282,
	};
	int i;

	for (i = 0; i < NSAMPLE; i++) {
		double got = astro_solar_longitude((double)sample_rd[i] + 0.5);

		CHECK(angle_apart(got, want[i]) < 1e-6, "RD %lld: %.10f, want "
		    "%.10f", (long long)sample_rd[i], got, want[i]);
	}
}

static void
lunar_longitude_and_latitude_match_the_book(void)
{
	static const double lon[NSAMPLE] = {
		244.85390528515035, 208.85673853696503, 213.74684265158967,
		292.04624333935743, 156.81901407583166, 108.0556329349528,
		39.35609790324581, 98.56585102192106, 332.95829627335894,
		92.25965175091615, 78.13202909213766, 274.9469953879383,
		128.3628442664409, 89.51845094326185, 24.607322526832988,
		53.4859568448797, 187.89852001941696, 320.1723620959754,
		314.0425667275923, 145.47406514043587, 185.03050779751646,
		142.18913274552065, 253.74337531953228, 151.64868501335397,
		287.9877436469169, 25.626707154435444, 290.28830064619893,
		189.91314245171338, 284.93173002623826, 152.3390442635215,
		51.66226507971774, 26.68206023138705, 175.5008226195208,
	};
	static const double lat[NSAMPLE] = {
		2.4527590208461576, -4.90223034654341, -2.9394693592610484,
		5.001904508580623, -3.208909826304433, 0.894361559890105,
		-3.8633355687979827, -2.5224444701068927, 1.0320696124422062,
		3.005689926794408, 1.613842956502888, 4.766740664556875,
		4.899202930916035, 4.838473946607273, 2.301475724501815,
		-0.8905637199828537, 4.7657836433468495, -2.737358003826797,
		-4.035652608005429, -3.157214517184652, -1.8796147336498752,
		-3.379519408995276, -4.398341468078228, 2.099198567294447,
		5.268746128633113, -1.6722994521634027, 4.6820126551666865,
		3.705518210116447, 2.493964063649065, -4.167774638752936,
		-2.873757531859998, -4.667251128743298, 5.138562328560728,
	};
	int i;

	for (i = 0; i < NSAMPLE; i++) {
		double t = (double)sample_rd[i];
		double glon = astro_lunar_longitude(t);
		double glat = astro_lunar_latitude(t);

		CHECK(angle_apart(glon, lon[i]) < 1e-5, "RD %lld: longitude "
		    "%.10f, want %.10f", (long long)sample_rd[i], glon,
		    lon[i]);
		CHECK(fabs(glat - lat[i]) < 1e-5, "RD %lld: latitude %.10f, "
		    "want %.10f", (long long)sample_rd[i], glat, lat[i]);
	}
}

static void
next_new_moon_matches_the_book(void)
{
	static const double want[NSAMPLE] = {
		-214174.60582868298, -61382.99532831192, 25495.80977675628,
		49238.50244808781, 171318.43531326813, 210180.69184966758,
		253442.85936730343, 369763.74641362444, 400091.5783431683,
		434376.5781067696, 452627.1919724953, 470167.57836052414,
		473858.8532764285, 507878.6668429224, 524179.2470620894,
		544702.7538732041, 567146.5131819838, 569479.2032589674,
		601727.0335578924, 613449.7621296605, 626620.3698017383,
		645579.0767485882, 664242.8867184789, 671418.970538101,
		694807.5633711396, 704433.4911827276, 708863.5970001582,
		709424.4049294397, 709602.0826867367, 727291.2094001573,
		728737.4476913146, 744329.5739998783, 764676.1912733881,
	};
	int i;

	for (i = 0; i < NSAMPLE; i++) {
		double t = (double)sample_rd[i];
		double got = astro_new_moon_at_or_after(t);
		double before = astro_new_moon_before(t);

		/* 1e-6 day is 0.09 s. */
		CHECK(fabs(got - want[i]) < 1e-6, "RD %lld: %.8f, want %.8f",
		    (long long)sample_rd[i], got, want[i]);
		CHECK(before < t && t <= got && got - before < 29.9 &&
		    got - before > 29.2, "RD %lld: new moons %.5f and %.5f "
		    "do not bracket it", (long long)sample_rd[i], before, got);
	}
}

static void
obliquity_and_altitude_of_the_moon_match_the_book(void)
{
	static const double obl[NSAMPLE] = {
		23.766686762858193, 23.715893268155952, 23.68649428364133,
		23.678396646319815, 23.636406172247575, 23.622930685681105,
		23.607863050353394, 23.567099369895143, 23.556410268115442,
		23.544315732982724, 23.5378658942414, 23.531656189162007,
		23.53035487913322, 23.518307553466993, 23.512526100422757,
		23.50524564635773, 23.49727762748816, 23.49643975090472,
		23.48498365949255, 23.48082101433542, 23.476136639530452,
		23.469392588649566, 23.46274905945532, 23.460194773340504,
		23.451866181318085, 23.44843969966849, 23.44686683973517,
		23.446664978744177, 23.44660409993624, 23.440304562352033,
		23.43979187336218, 23.434238093381342, 23.426996977623215,
	};
	static const double alt[NSAMPLE] = {
		-13.163184128188277, -7.281425833096932, -77.1499009115812,
		-30.401178593900795, 71.84857827681589, -43.79857984753659,
		40.65320421851649, -40.2787255279427, 29.611156512065406,
		-19.973178784428228, -23.740743779700097, 30.956688013173505,
		-18.88869091014726, -32.16116202243495, -45.68091943596022,
		-50.292110029959986, -54.3453056090807, -34.56600009726776,
		44.13198955291821, -57.539862986917285, -62.08243959461623,
		-54.07209109276471, -16.120452006695814, 23.864594681196934,
		32.95014668614863, 72.69165128891194, -29.849481790038908,
		31.610644151367637, -42.21968940776054, 28.6478092363985,
		-38.95055354031621, 27.601977078963245, -54.85468160086816,
	};
	static const double dist[NSAMPLE] = {
		387624532.22874624, 393677431.9167689, 402232943.80299366,
		392558548.8426357, 366799795.8707107, 365107305.3822873,
		401995197.0122423, 404025417.6150537, 377671971.8515077,
		403160628.6150732, 375160036.9057225, 369934038.34809774,
		402543074.28064245, 374847147.6967837, 403469151.42100906,
		386211365.4436033, 385336015.6086019, 400371744.7464432,
		395970218.00750065, 383858113.5538787, 389634540.7722341,
		390868707.6609328, 368015493.693663, 399800095.77937233,
		404273360.3039046, 382777325.7053601, 378047375.3350678,
		385774023.9948239, 371763698.0990588, 362461692.8996066,
		394214466.3812425, 405787977.04490376, 404202826.42484397,
	};
	int i;

	for (i = 0; i < NSAMPLE; i++) {
		double t = (double)sample_rd[i];
		double o = astro_obliquity(t);
		double a = astro_lunar_altitude(t, &astro_mecca);
		double d = astro_lunar_distance(t);

		CHECK(fabs(o - obl[i]) < 1e-9, "RD %lld: obliquity %.12f, "
		    "want %.12f", (long long)sample_rd[i], o, obl[i]);
		CHECK(fabs(a - alt[i]) < 1e-4, "RD %lld: altitude %.8f, want "
		    "%.8f", (long long)sample_rd[i], a, alt[i]);
		CHECK(fabs(d - dist[i]) < 10, "RD %lld: distance %.1f, want "
		    "%.1f", (long long)sample_rd[i], d, dist[i]);
	}
}

static void
sunset_in_jerusalem_and_moonset_in_mecca_match_the_book(void)
{
	static const double sunset[NSAMPLE] = {
		-214192.2194436165, -61386.30267524347, 25469.734889564967,
		49217.72851448112, 171307.70878832813, 210155.77420199668,
		253427.70087725233, 369740.7627365203, 400085.77677703864,
		434355.74808897293, 452605.7425360138, 470160.75310216413,
		473837.76440251875, 507850.7840412511, 524156.7225351998,
		544676.7561346035, 567118.7396585084, 569477.7396636717,
		601716.784057734, 613424.7870863203, 626596.781969136,
		645554.7863087669, 664224.778132625, 671401.7496876866,
		694799.7602310368, 704424.7619096127, 708842.730647343,
		709409.7603906896, 709580.7240122546, 727274.745361792,
		728714.734750938, 744313.699821144, 764652.7844809336,
	};
	/* 0: no moonset that day. */
	static const double moonset[NSAMPLE] = {
		-214192.91577491348, -61386.372392431986, 25469.842646633304,
		49217.03030766261, 171307.41988615665, 210155.96578468647,
		253427.2528524993, 0, 400085.5281194299, 434355.0524936674,
		452605.0379962325, 470160.4931771927, 473837.06032208423,
		507850.8560177605, 0, 544676.908706548, 567118.8180096536,
		569477.7141856537, 601716.4168627897, 613424.9325031227,
		626596.9563783304, 645554.9526297608, 664224.070965863,
		671401.2004198332, 694799.4892001058, 704424.4299627786,
		708842.0314145002, 709409.2245215117, 0, 727274.2148254914, 0,
		744313.2118589033, 764652.9631741203,
	};
	int i;

	for (i = 0; i < NSAMPLE; i++) {
		double s = astro_sunset(sample_rd[i], &astro_jerusalem);
		double m = astro_moonset(sample_rd[i], &astro_mecca);

		/* 1e-5 day is 0.9 s. */
		CHECK(fabs(s - sunset[i]) < 1e-5, "RD %lld: sunset %.7f, want "
		    "%.7f", (long long)sample_rd[i], s, sunset[i]);
		if (moonset[i] == 0)
			CHECK(isnan(m), "RD %lld: moonset %.5f, want none",
			    (long long)sample_rd[i], m);
		else	/* the search stops within a minute */
			CHECK(fabs(m - moonset[i]) < 1.0 / 1440, "RD %lld: "
			    "moonset %.7f, want %.7f", (long long)sample_rd[i],
			    m, moonset[i]);
	}
}

/* A UT moment from a Gregorian date and a time. */
static double
ut(int64_t y, int m, int d, int hh, int mm)
{
	return (double)fx_greg_fixed(y, m, d) + (hh * 60 + mm) / 1440.0;
}

static void
seasons_are_within_three_minutes_of_usno(void)
{
	/* USNO, Earth's Seasons: equinoxes and solstices, UT. */
	static const struct { int y, m, d, hh, mm; double lambda; } s[] = {
		{ 2000, 3, 20, 7, 35, 0 }, { 2000, 6, 21, 1, 48, 90 },
		{ 2000, 9, 22, 17, 27, 180 }, { 2000, 12, 21, 13, 37, 270 },
		{ 2001, 3, 20, 13, 31, 0 }, { 2001, 6, 21, 7, 38, 90 },
		{ 2001, 9, 22, 23, 4, 180 }, { 2001, 12, 21, 19, 21, 270 },
		{ 2010, 3, 20, 17, 32, 0 }, { 2010, 6, 21, 11, 28, 90 },
		{ 2010, 9, 23, 3, 9, 180 }, { 2010, 12, 21, 23, 38, 270 },
		{ 2015, 3, 20, 22, 45, 0 }, { 2015, 6, 21, 16, 38, 90 },
		{ 2015, 9, 23, 8, 20, 180 }, { 2015, 12, 22, 4, 48, 270 },
		{ 2020, 3, 20, 3, 50, 0 }, { 2020, 6, 20, 21, 43, 90 },
		{ 2020, 9, 22, 13, 31, 180 }, { 2020, 12, 21, 10, 2, 270 },
		{ 2024, 3, 20, 3, 6, 0 }, { 2024, 6, 20, 20, 51, 90 },
		{ 2024, 9, 22, 12, 44, 180 }, { 2024, 12, 21, 9, 20, 270 },
	};
	size_t i;

	for (i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
		double want = ut(s[i].y, s[i].m, s[i].d, s[i].hh, s[i].mm);
		double got = astro_solar_longitude_after(s[i].lambda,
		    want - 10);

		CHECK(fabs(got - want) * 1440 < 3, "%d-%02d-%02d: %.1f "
		    "minutes off", s[i].y, s[i].m, s[i].d,
		    (got - want) * 1440);
		CHECK(astro_estimate_prior_solar_longitude(s[i].lambda,
		    want + 20) - want < 1.5, "%d: estimate", s[i].y);
	}
}

static void
new_moons_are_within_two_minutes_of_nasa(void)
{
	/*
	 * NASA (Espenak), new moons in UT; 2012-08-17 and 2018-11-07
	 * fall minutes from midnight in Beijing (UT+8), so these decide
	 * which day a Chinese month begins.
	 */
	static const struct { int y, m, d, hh, mm; } s[] = {
		{ 1999, 8, 11, 11, 8 }, { 2000, 1, 6, 18, 14 },
		{ 2000, 2, 5, 13, 3 }, { 2009, 7, 22, 2, 35 },
		{ 2012, 8, 17, 15, 54 }, { 2017, 8, 21, 18, 30 },
		{ 2018, 11, 7, 16, 2 }, { 2024, 4, 8, 18, 21 },
	};
	size_t i;

	for (i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
		double want = ut(s[i].y, s[i].m, s[i].d, s[i].hh, s[i].mm);
		double got = astro_new_moon_at_or_after(want - 3);

		CHECK(fabs(got - want) * 1440 < 2, "%d-%02d-%02d: %.1f "
		    "minutes off", s[i].y, s[i].m, s[i].d,
		    (got - want) * 1440);
	}
}

static void
phases_and_times_of_day_are_consistent(void)
{
	double t = ut(2024, 4, 8, 18, 21), q;
	int64_t day = fx_greg_fixed(2024, 6, 21);
	double rise = astro_sunrise(day, &astro_paris);
	double set = astro_sunset(day, &astro_paris);
	double noon = astro_midday(day, &astro_paris);

	/* New moon: the phase is near 0, the first quarter a week on. */
	CHECK(angle_apart(astro_lunar_phase(t), 0) < 0.05, "phase %.4f",
	    astro_lunar_phase(t));
	q = astro_lunar_phase_at_or_after(90, t);
	CHECK(q - t > 6 && q - t < 9 &&
	    angle_apart(astro_lunar_phase(q), 90) < 1e-3, "first quarter "
	    "%.4f", q - t);
	CHECK(fabs(astro_lunar_phase_at_or_before(0, t + 1) - t) < 2.0 / 1440,
	    "phase search");
	/*
	 * Paris at midsummer: about 16 h 10 min of day; true noon at
	 * 12:00 + 1 h (zone) - 9.35 min (2.34 degrees east) + 1.7 min
	 * (the equation of time is -1.7 min on June 21) = 12:52 UT+1.
	 */
	CHECK(rise < noon && noon < set && (set - rise) * 24 > 16 &&
	    (set - rise) * 24 < 16.5, "day length %.3f h",
	    (set - rise) * 24);
	CHECK(fabs((noon - (double)day) * 1440 - (13 * 60 - 9.35 + 1.7)) < 0.5,
	    "midday %.3f",
	    (noon - (double)day) * 24);
	CHECK(astro_midnight(day, &astro_paris) < noon, "midnight");
	/* No sunrise at 80 degrees north in the polar night. */
	{
		const struct astro_location north = { 80, 0, 0, 0 };

		CHECK(isnan(astro_sunrise(fx_greg_fixed(2024, 12, 21),
		    &north)), "polar night has a sunrise");
	}
}

static void
crescent_is_first_seen_a_day_or_two_after_new_moon(void)
{
	int64_t day = fx_greg_fixed(2024, 4, 1);
	int64_t p;
	int k;

	for (k = 0; k < 24; k++, day += 15) {
		double nm = astro_new_moon_before((double)day);

		p = astro_phasis_on_or_before(day, &astro_cairo);
		CHECK(p <= day && astro_visible_crescent(p, &astro_cairo) &&
		    !astro_visible_crescent(p - 1, &astro_cairo),
		    "phasis before RD %lld", (long long)day);
		CHECK((double)p - nm > 0 && (double)p - nm < 4 + 30 * (p < nm -
		    1), "phasis %lld vs new moon %.2f", (long long)p, nm);
		p = astro_phasis_on_or_after(day, &astro_cairo);
		CHECK(p >= day && astro_visible_crescent(p, &astro_cairo),
		    "phasis after RD %lld", (long long)day);
	}
}

/*
 * The months of astro_hindu_solar_table.c, generated before the build,
 * are those the sky gives now: every UNIT_STRIDE-th month (make
 * check-astro-tables compares them all).
 */
static void
the_generated_hindu_solar_months_match_the_sky(void)
{
	int64_t i, step = unit_stride();

	for (i = 0; i < AHS_YEARS * 12; i += step)
		CHECK(ahs_month_starts[i / 12][i % 12] ==
		    ahs_month_start_sky(AHS_FIRST + i / 12, (int)(i % 12) + 1),
		    "month %lld of %lld", (long long)(i % 12 + 1),
		    (long long)(AHS_FIRST + i / 12));
}

/*
 * The days of astro_hindu_lunar_table.c, generated before the build,
 * are those the sky gives now: every 7 * UNIT_STRIDE-th day's date and
 * lunar day at 6:00 UT (make check-astro-tables compares them all).
 */
static void
the_generated_hindu_lunar_days_match_the_sky(void)
{
	const struct calendar *cal = &cal_astro_hindu_lunar;
	struct cal_date t, s;
	int64_t i, rd;
	int k;

	for (i = 0; i < AHL_DAYS; i += 7 * unit_stride()) {
		rd = AHL_BASE + i;
		cal->from_fixed(rd, &t);
		ahl_from_fixed_sky(rd, &s);
		CHECK(t.year == s.year && t.month == s.month &&
		    t.day == s.day && t.flags == s.flags, "RD %lld",
		    (long long)rd);
		k = ahl_lunar_day[i / AHL_CHUNK][i % AHL_CHUNK] - ('a' - 1);
		CHECK(k == hs_lunar_day((double)rd + 0.25), "RD %lld at 6:00",
		    (long long)rd);
	}
}

/*
 * The years of hindu_solar_table.c, generated before the build, are
 * those the Surya Siddhanta gives now: every month of every
 * UNIT_STRIDE-th year, by cal_hindu_solar's to_fixed() against R&D
 * fixed-from-hindu-solar (make check-astro-tables compares them all).
 */
static void
the_generated_surya_solar_years_match_the_arithmetic(void)
{
	const struct calendar *cal = &cal_hindu_solar;
	struct cal_date d = { 0, 1, 1, 0 };
	int64_t y;

	for (y = HSO_FIRST; y <= HSO_LAST; y += unit_stride())
		for (d.month = 1; d.month <= 12; d.month++) {
			d.year = y;
			CHECK(cal->to_fixed(&d) ==
			    hso_month_start_sky(y, d.month) + SY_EPOCH,
			    "%lld-%d", (long long)y, d.month);
		}
}

/*
 * The first days of first_days_table.c, generated before the build,
 * are those the astronomy gives now: every UNIT_STRIDE-th year and
 * every 5 * UNIT_STRIDE-th month (make check-astro-tables compares
 * them all).
 */
static void
the_generated_first_days_match_the_astronomy(void)
{
	static const struct {
		const signed char	*table;
		int64_t			 n, step;
		int64_t			(*mean)(int64_t), (*sky)(int64_t);
	} t[] = {
		{ yc_persian, YC_PERSIAN_N, 1, yc_persian_mean,
		    yc_persian_sky },
		{ yc_french, YC_FRENCH_N, 1, yc_french_mean, yc_french_sky },
		{ yc_bahai, YC_BAHAI_N, 1, yc_bahai_mean, yc_bahai_sky },
		{ yc_islamic, YC_ISLAMIC_N, 5, yc_islamic_mean,
		    yc_islamic_sky },
	};
	int64_t i;
	size_t k;

	for (k = 0; k < sizeof(t) / sizeof(t[0]); k++)
		for (i = (int64_t)k; i < t[k].n;
		    i += t[k].step * unit_stride())
			CHECK(t[k].mean(i) + t[k].table[i] == t[k].sky(i),
			    "table %zu, unit %lld", k, (long long)i);
}

const struct unit_test astro_tests[] = {
	{ "the generated first days match the astronomy",
	    the_generated_first_days_match_the_astronomy },
	{ "the generated Surya solar years match the arithmetic",
	    the_generated_surya_solar_years_match_the_arithmetic },
	{ "the generated Hindu lunar days match the sky",
	    the_generated_hindu_lunar_days_match_the_sky },
	{ "the generated Hindu solar months match the sky",
	    the_generated_hindu_solar_months_match_the_sky },
	{ "ephemeris correction matches the book at its sample dates",
	    ephemeris_correction_matches_the_book },
	{ "solar longitude at noon matches the book",
	    solar_longitude_at_noon_matches_the_book },
	{ "lunar longitude and latitude match the book",
	    lunar_longitude_and_latitude_match_the_book },
	{ "next new moon matches the book",
	    next_new_moon_matches_the_book },
	{ "obliquity, lunar altitude and distance match the book",
	    obliquity_and_altitude_of_the_moon_match_the_book },
	{ "sunset in Jerusalem and moonset in Mecca match the book",
	    sunset_in_jerusalem_and_moonset_in_mecca_match_the_book },
	{ "equinoxes and solstices are within 3 minutes of USNO",
	    seasons_are_within_three_minutes_of_usno },
	{ "new moons are within 2 minutes of NASA",
	    new_moons_are_within_two_minutes_of_nasa },
	{ "phases, sunrise, midday and sunset are consistent",
	    phases_and_times_of_day_are_consistent },
	{ "the crescent is first seen a day or so after new moon",
	    crescent_is_first_seen_a_day_or_two_after_new_moon },
	{ NULL, NULL },
};
