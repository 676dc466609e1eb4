/*
 * bahai.c: the Badi' (Baha'i) calendar, years 1-957 BE.
 *
 * Sources: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 16: bahai-new-year, fixed-from-bahai, bahai-from-fixed (the
 * "western" arithmetic rule) up to 171 BE; and from 172 BE the rule the
 * Universal House of Justice's letter of 10 July 2014 set: Naw-Ruz is
 * the day, in Tehran, on which the March equinox falls before sunset
 * -- R&D's bahai-location, bahai-sunset and astro-bahai-new-year-on-
 * or-before, with the book's astronomy (ch. 14, src/sky/astro.h).  The
 * Baha'i World Centre's published dates for 172-221 BE (2015-2064,
 * shared/data/bahai-nawruz-172-221.tsv) are those of the rule, every
 * year of which a unit test compares.
 * Facts: nineteen months of nineteen days (Baha .. Mulk, then 'Ala,
 * the month of fasting), and between Mulk and 'Ala the intercalary days
 * of Ayyam-i-Ha, as many as make the year reach the next Naw-Ruz.  Up
 * to 171 BE the year began on 21 March (western rule, R&D), so
 * Ayyam-i-Ha had 5 days when the February in the year was a Gregorian
 * leap day's, else 4; from 172 BE Naw-Ruz is 19, 20, 21 or 22 March,
 * and Ayyam-i-Ha has the year's length less 361 days, 4 or 5.
 * Year 171 ends on 20 March 2015 either way.
 * Month numbering (this program's): 1 Baha .. 18 Mulk, 19 Ayyam-i-Ha,
 * 20 'Ala, in the order of the year; R&D number Ayyam-i-Ha 0 and 'Ala
 * 19.  Month names come from the name set "bahai", whose slots follow
 * this numbering (19 Ayyam-i-Ha, 20 'Ala).
 * Epoch: 1 Baha 1 BE = 1844-03-21 = RD 673222 (R&D bahai-epoch).
 * Range: 1-01-01 (1844-03-21) to 957-20-19 (2801-03-19), the years
 * that begin in 1844 to 2800.  Before 1844 there was no calendar;
 * past 2800 CE the book's solar longitude series is no longer valid,
 * and even before that, far from the present, a Naw-Ruz whose equinox
 * falls within minutes of sunset in Tehran is a prediction, Delta T
 * being an extrapolation.  Earlier and later days are refused (min_rd,
 * max_rd).
 *
 * The Twin Holy Birthdays (feasts()): up to 171 BE the western dates,
 * the Birth of the Bab on 20 October and of Baha'u'llah on 12
 * November; from 172 BE, R&D's birth-of-the-bab: the day after the
 * eighth new moon after Naw-Ruz, or the day after that when the new
 * moon falls after sunset in Tehran, and the Birth of Baha'u'llah the
 * next day.
 *
 * Each year's Naw-Ruz from 172 BE is computed once per thread and kept
 * in a table.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/astro.h"
#include "year_cache.h"

#define FIRST_ASTRO	172		/* the first year of the equinox rule */
#define LAST_YEAR	957
#define FIRST_RD	INT64_C(673222)	/* 1844-03-21, 1 Baha 1 */
#define LAST_RD		INT64_C(1022757)	/* 2801-03-19, 20-19 957 */

/* R&D bahai-location: Tehran, 35.696111 N, 51.423056 E, UT+3:30. */
static const struct astro_location tehran = { 35.696111, 51.423056, 0.0,
    3.5 / 24.0 };

/*
 * Pairs { computed, official } of Naw-Ruz days where the published
 * table decides otherwise than the astronomy here, ending with
 * { 0, 0 }.  In 2026 (183 BE) R&D's solar longitude puts the equinox
 * at 14:45:04 UT, 45 seconds before the computed sunset in Tehran
 * (14:45:49 UT, 18:15:49 at UT+3:30), so Naw-Ruz would be 20 March: a
 * margin below the astronomy's accuracy of about a minute.  The U.S.
 * Naval Observatory gives 14:46 UT for the equinox, and the Baha'i
 * World Centre's table 21 March, which calconv follows.
 */
static const int32_t fixes[][2] = {
	{ 739695, 739696 },	/* 2026-03-20 -> 2026-03-21 */
	{ 0, 0 },
};

_Static_assert(YC_BAHAI_FIRST == FIRST_ASTRO &&
    YC_BAHAI_N == LAST_YEAR + 2 - FIRST_ASTRO, "yc_bahai is 172..958");

static const char *const aliases[] = { "badi", NULL };

/* bahai-sunset: sunset in Tehran on a day, in UT. */
static double
sunset(int64_t day)
{
	return astro_universal_from_standard(astro_sunset(day, &tehran),
	    &tehran);
}

/* astro-bahai-new-year-on-or-before */
static int64_t
new_year_on_or_before(int64_t date)
{
	double approx = astro_estimate_prior_solar_longitude(ASTRO_SPRING,
	    sunset(date));
	int64_t day = (int64_t)floor(approx) - 1;

	while (astro_solar_longitude(sunset(day)) > ASTRO_SPRING + 2)
		day++;
	return day;
}

/* Naw-Ruz of year y from FIRST_ASTRO, as the table has it. */
static int64_t
nawruz_of(int64_t y)
{
	/* 25 March is after every Naw-Ruz and before the next. */
	int64_t day = new_year_on_or_before(fx_greg_fixed(y + 1843, 3, 25));
	const int32_t (*f)[2];

	for (f = fixes; (*f)[0] != 0; f++)
		if (day == (*f)[0])
			day = (*f)[1];
	return day;
}

/* The same, of year FIRST_ASTRO + i, for the table of year_cache.h. */
int64_t
yc_bahai_sky(int64_t i)
{
	return nawruz_of(FIRST_ASTRO + i);
}

/* RD of 1 Baha of year y, 1..LAST_YEAR + 1. */
static int64_t
new_year(int64_t y)
{
	if (y < FIRST_ASTRO)
		return fx_greg_fixed(y + 1843, 3, 21);
	return yc_first_day(yc_bahai, YC_BAHAI_N, y - FIRST_ASTRO,
	    yc_bahai_mean, yc_bahai_sky);
}

/* Days of Ayyam-i-Ha in year y: up to the next Naw-Ruz. */
static int
ayyam_i_ha(int64_t y)
{
	if (y < FIRST_ASTRO - 1)
		return 4 + fx_greg_leap(y + 1844);
	return (int)(new_year(y + 1) - new_year(y)) - 361;
}

static int
leap(int64_t y)
{
	return ayyam_i_ha(y) == 5;
}

static int
twenty(int64_t y)
{
	(void)y;
	return 20;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return m == 19 ? ayyam_i_ha(y) : 19;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	int64_t rd = new_year(d->year) + (d->month - 1) * 19 + d->day - 1;

	/* 'Ala follows Ayyam-i-Ha, not a 19-day month. */
	return d->month == 20 ? rd - 19 + ayyam_i_ha(d->year) : rd;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t g;
	int m, day, doy, ah;

	fx_greg_date(rd, &g, &m, &day);
	d->year = g - 1843;
	/* The range ends before the Naw-Ruz of LAST_YEAR + 1. */
	if (d->year > LAST_YEAR || rd < new_year(d->year))
		d->year--;
	doy = (int)(rd - new_year(d->year));
	ah = ayyam_i_ha(d->year);
	if (doy < 342) {
		d->month = doy / 19 + 1;
		d->day = doy % 19 + 1;
	} else if (doy < 342 + ah) {
		d->month = 19;
		d->day = doy - 342 + 1;
	} else {
		d->month = 20;
		d->day = doy - 342 - ah + 1;
	}
	d->flags = 0;
}

/*
 * The Twin Holy Birthdays of year y: birth-of-the-bab from 172 BE, the
 * western dates before.
 */
static int
feasts(int64_t y, struct cal_feast *out)
{
	double m1, m8;
	int64_t day;

	if (y < FIRST_ASTRO) {
		out[0].name = "Birth of the B\u00e1b";
		out[0].rd = fx_greg_fixed(y + 1843, 10, 20);
		out[0].days = 1;
		out[1].name = "Birth of Bah\u00e1'u'll\u00e1h";
		out[1].rd = fx_greg_fixed(y + 1843, 11, 12);
		out[1].days = 1;
		return 2;
	}
	/* The eighth new moon after the sunset that ends Naw-Ruz. */
	m1 = astro_new_moon_at_or_after(sunset(new_year(y)));
	m8 = astro_new_moon_at_or_after(m1 + 190);
	day = astro_fixed(m8);
	out[0].name = "Twin Holy Birthdays (the B\u00e1b, "
	    "Bah\u00e1'u'll\u00e1h)";
	out[0].rd = m8 < sunset(day) ? day + 1 : day + 2;
	out[0].days = 2;
	return 1;
}

const struct calendar cal_bahai = {
	.id = "bahai",
	.aliases = aliases,
	.title = "Badi' (Baha'i): R&D's western rule to 171 BE, the March "
	    "equinox before sunset in Tehran from 172 BE",
	.note = "month 19 = Ayyam-i-Ha, 20 = 'Ala; 1-957 BE, from "
	    "1844-03-21 to 2801-03-19",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = 1,
	.max_year = LAST_YEAR,
	FX_CALENDAR_FUNCTIONS(twenty),
	.names = "bahai",
	.week_start = 6,	/* Saturday, Jalal */
	.min_rd = FIRST_RD,
	.max_rd = LAST_RD,
	.feasts = feasts,
};
