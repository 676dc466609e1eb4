/*
 * chinese_common.c: the Chinese lunisolar calendar's rules, written
 * once for the Chinese, Korean and Vietnamese calendars.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 19: current-major-solar-term, chinese-winter-solstice-on-or-
 * before, chinese-new-moon-on-or-after, chinese-new-moon-before,
 * no-major-solar-term?, prior-leap-month?, chinese-from-fixed and
 * fixed-from-chinese, here organised by sui rather than by day.  The
 * rules: a month begins on the day (in the calendar's standard time)
 * of a new moon; month 11 is the one holding the winter solstice; a sui
 * (solstice to solstice) of 13 months has a leap month, the first
 * after month 11 in which the sun enters no major solar term (a
 * multiple of 30 degrees of longitude); the leap month takes the
 * number of the month before it.  The year begins with month 1.
 *
 * A sui is computed from the astronomy: its two winter solstices, its
 * new moons, and the major term in force on each month's first day.  A
 * year's months come from two sui (struct cn_year, cn_compute_year()).
 * That costs about 0.8 M instructions a year, so the years of the range
 * are computed so before the build, by tools/gen-chinese-table, and
 * kept packed in chinese_table.c (cn_pack()); converting a day reads
 * its year there, and computes only a year outside the table.  A unit
 * test compares the table with the computation.
 *
 * Range: the years whose first day falls in Gregorian 1600..2600.  The
 * rules are those China has used since the Shixian calendar of 1645;
 * before that they are applied proleptically, as R&D do.  The
 * astronomy (astro.h) decides new moons and terms to about a minute in
 * 1900-2100, where every month is checked against the Hong Kong
 * Observatory's tables; centuries away from the present Delta T is an
 * extrapolation and a new moon or term within minutes of midnight may
 * fall on the other day than the one the calendar will in fact use.
 */
#include <math.h>

#include "../fixed.h"
#include "../sky/astro.h"
#include "chinese_common.h"

/* The months of one sui, from month 11 to the next sui's month 11. */
struct sui {
	int64_t	day[14];	/* first days; day[n] is the next sui's */
	int	num[13];	/* month numbers */
	int	n;		/* 12 or 13 */
	int	leap;		/* index of the leap month, or -1 */
};

/* The Gregorian year of a moment's day, for the zone rules. */
double
cn_greg_year_of(double tee)
{
	int64_t y;
	int m, d;

	fx_greg_date((int64_t)floor(tee), &y, &m, &d);
	return (double)y;
}

/* The moment (UT) at which a day begins in the calendar's zone. */
static double
midnight(const struct cn_rules *r, int64_t day)
{
	return (double)day - r->zone((double)day);
}

/* The day, in the calendar's zone, of a moment (UT). */
static int64_t
day_of(const struct cn_rules *r, double tee)
{
	return (int64_t)floor(tee + r->zone(tee));
}

/* current-major-solar-term: the major term in force as day begins. */
static int
major_term(const struct cn_rules *r, int64_t day)
{
	double s = astro_solar_longitude(midnight(r, day));

	return (int)fx_amod(2 + (int64_t)floor(s / 30), 12);
}

/* chinese-winter-solstice-on-or-before */
static int64_t
solstice_on_or_before(const struct cn_rules *r, int64_t day)
{
	double approx = astro_estimate_prior_solar_longitude(ASTRO_WINTER,
	    midnight(r, day + 1));
	int64_t d = (int64_t)floor(approx) - 1;

	while (!(astro_solar_longitude(midnight(r, d + 1)) > ASTRO_WINTER))
		d++;
	return d;
}

/*
 * The number of the new moon on whose day (in the zone) the month
 * holding day begins: chinese-new-moon-before(day + 1).
 */
static int64_t
moon_of(const struct cn_rules *r, int64_t day)
{
	return astro_new_moon_number_at_or_after(midnight(r, day + 1)) - 1;
}

/* The sui from the winter solstice of Gregorian year g - 1 to g's. */
static void
sui_of(const struct cn_rules *r, int64_t g, struct sui *s)
{
	int64_t s1 = solstice_on_or_before(r, fx_greg_fixed(g - 1, 12, 31));
	int64_t s2 = solstice_on_or_before(r, fx_greg_fixed(g, 12, 31));
	int64_t k1 = moon_of(r, s1), k2 = moon_of(r, s2);
	int i, leap_year;

	s->n = (int)(k2 - k1);	/* 12 or 13: the sun moves 360 degrees */
	if (s->n < 12)
		s->n = 12;
	if (s->n > 13)
		s->n = 13;
	for (i = 0; i <= s->n; i++) {
		const int32_t (*f)[2];

		s->day[i] = day_of(r, astro_nth_new_moon(k1 + i));
		for (f = r->fixes; f != NULL && (*f)[0] != 0; f++)
			if (s->day[i] == (*f)[0])
				s->day[i] = (*f)[1];
	}
	/*
	 * A sui of 13 months has 11 major terms in its months after
	 * month 11 (the solstices are in month 11 and the next sui's), so
	 * at least one of those 12 months has none: the first is leap.
	 */
	leap_year = s->n == 13;
	s->leap = -1;
	for (i = 1; leap_year && i < s->n && s->leap < 0; i++)
		if (major_term(r, s->day[i]) == major_term(r, s->day[i + 1]))
			s->leap = i;
	if (leap_year && s->leap < 0)
		s->leap = s->n - 1;
	for (i = 0; i < s->n; i++)
		s->num[i] = (int)fx_amod(i - 1 - (s->leap >= 0 &&
		    i >= s->leap), 12);
}

/* The index of a sui's month 1. */
static int
first_month(const struct sui *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (s->num[i] == 1 && i != s->leap)
			return i;
	return 2;
}

/*
 * The year whose first day is in Gregorian year g, from the astronomy:
 * R&D chinese-new-year-on-or-before and the months after it.
 */
void
cn_compute_year(const struct cn_rules *r, int64_t g, struct cn_year *y)
{
	struct sui a, b;
	int i, j, ja, jb, n = 0;

	sui_of(r, g, &a);
	sui_of(r, g + 1, &b);
	ja = first_month(&a);
	jb = first_month(&b);
	y->leap = -1;
	for (i = ja; i < a.n; i++, n++) {
		if (i == a.leap)
			y->leap = (signed char)n;
		y->start[n] = (int32_t)a.day[i];
	}
	for (j = 0; j < jb && n < 14; j++, n++) {
		if (j == b.leap)
			y->leap = (signed char)n;
		y->start[n] = (int32_t)b.day[j];
	}
	y->start[n] = (int32_t)b.day[jb];
	y->n = (signed char)n;
}

/*
 * A year packed in 32 bits: bit i (0..12) set when month i has 30
 * days rather than 29, bits 13..16 the leap month's position + 1 (0:
 * none), bit 17 set for 13 months, bits 18..23 the first day less
 * January 1 of Gregorian year g.  Returns 0 with *w set, or -1 when
 * the year does not fit: a month not of 29 or 30 days, or a first day
 * after February (cn_from_fixed() counts on none).
 */
#define PACK_LEAP	13
#define PACK_THIRTEEN	17
#define PACK_DAY	18
int
cn_pack(int64_t g, const struct cn_year *y, uint32_t *w)
{
	int64_t day = y->start[0] - fx_greg_fixed(g, 1, 1);
	int i, len;

	if (y->n < 12 || y->n > 13 || y->leap < -1 || y->leap >= y->n ||
	    day < 0 || day > 58)
		return -1;
	*w = (uint32_t)(y->leap + 1) << PACK_LEAP |
	    (uint32_t)(y->n - 12) << PACK_THIRTEEN | (uint32_t)day << PACK_DAY;
	for (i = 0; i < y->n; i++) {
		len = y->start[i + 1] - y->start[i];
		if (len != 29 && len != 30)
			return -1;
		*w |= (uint32_t)(len - 29) << i;
	}
	return 0;
}

/* The year whose first day is in Gregorian year g, from cn_pack()'s w. */
void
cn_unpack(int64_t g, uint32_t w, struct cn_year *y)
{
	int i;

	y->n = (signed char)(12 + (w >> PACK_THIRTEEN & 1));
	y->leap = (signed char)((int)(w >> PACK_LEAP & 15) - 1);
	y->start[0] = (int32_t)(fx_greg_fixed(g, 1, 1) + (w >> PACK_DAY));
	for (i = 0; i < y->n; i++)
		y->start[i + 1] = y->start[i] + 29 + (int32_t)(w >> i & 1);
}

/* The year whose first day is in Gregorian year g. */
void
cn_year(const struct cn_rules *r, int64_t g, struct cn_year *y)
{
	if (r->table != NULL && g >= CN_FIRST && g <= CN_LAST)
		cn_unpack(g, r->table[g - CN_FIRST], y);
	else
		cn_compute_year(r, g, y);
}

int
cn_months(int64_t y)
{
	(void)y;
	return 12;
}

/* The position of month m (leap or not) in year y, or -1. */
static int
position(const struct cn_year *y, int m, uint32_t flags)
{
	if (flags & CAL_FLAG_LEAP_MONTH)
		return y->leap >= 1 && y->leap == m ? m : -1;
	return y->leap >= 0 && m - 1 >= y->leap ? m : m - 1;
}

int
cn_days_in_month(const struct cn_rules *r, int64_t y, int m, uint32_t flags)
{
	struct cn_year cy;
	int p;

	cn_year(r, y - r->offset, &cy);
	p = position(&cy, m, flags);
	return p < 0 ? 0 : cy.start[p + 1] - cy.start[p];
}

int
cn_is_leap(const struct cn_rules *r, int64_t y)
{
	struct cn_year cy;

	cn_year(r, y - r->offset, &cy);
	return cy.leap >= 0;
}

int64_t
cn_to_fixed(const struct cn_rules *r, const struct cal_date *d)
{
	struct cn_year cy;
	int64_t g = d->year - r->offset, rd;
	uint32_t w;
	int p, i;

	/* In the table: the first day and the lengths before month p. */
	if (r->table != NULL && g >= CN_FIRST && g <= CN_LAST) {
		w = r->table[g - CN_FIRST];
		cy.leap = (signed char)((int)(w >> PACK_LEAP & 15) - 1);
		p = position(&cy, d->month, d->flags);
		rd = fx_greg_fixed(g, 1, 1) + (w >> PACK_DAY) + 29 * p;
		for (i = 0; i < p; i++)
			rd += w >> i & 1;
		return rd + d->day - 1;
	}

	cn_year(r, d->year - r->offset, &cy);
	return cy.start[position(&cy, d->month, d->flags)] + d->day - 1;
}

void
cn_from_fixed(const struct cn_rules *r, int64_t rd, struct cal_date *d)
{
	static const int16_t before[13] = { 0, 0, 31, 59, 90, 120, 151, 181,
	    212, 243, 273, 304, 334 };
	int64_t g, start;
	int m, day, p, n, len;
	struct cn_year cy;
	uint32_t w;

	fx_greg_date(rd, &g, &m, &day);
	/*
	 * In the table: the year's first day from January 1 (rd less its
	 * day of the year), that of the year before if rd is earlier,
	 * and the month by the lengths.
	 */
	if (r->table != NULL && g > CN_FIRST && g <= CN_LAST) {
		start = rd - (before[m] + (m > 2 && fx_greg_leap(g)) + day -
		    1);
		w = r->table[g - CN_FIRST];
		if (rd < start + (w >> PACK_DAY)) {
			g--;
			start -= 365 + fx_greg_leap(g);
			w = r->table[g - CN_FIRST];
		}
		start += w >> PACK_DAY;
		n = 12 + (int)(w >> PACK_THIRTEEN & 1);
		cy.leap = (signed char)((int)(w >> PACK_LEAP & 15) - 1);
		for (p = 0; p + 1 < n; p++) {
			len = 29 + (int)(w >> p & 1);
			if (rd < start + len)
				break;
			start += len;
		}
		d->year = g + r->offset;
		d->flags = p == cy.leap ? CAL_FLAG_LEAP_MONTH : 0;
		d->month = cy.leap >= 0 && p >= cy.leap ? p : p + 1;
		d->day = (int)(rd - start) + 1;
		return;
	}
	/*
	 * Before its year's first day a day is in the year before; a
	 * year begins from January 21 to February 20, so only a day of
	 * those months needs to look.
	 */
	if (g > CN_LAST)
		g--;
	else if (m <= 2) {
		cn_year(r, g, &cy);
		if (rd < cy.start[0])
			g--;
	}
	cn_year(r, g, &cy);
	for (p = 0; p + 1 < cy.n && rd >= cy.start[p + 1]; p++)
		continue;
	d->year = g + r->offset;
	d->flags = p == cy.leap ? CAL_FLAG_LEAP_MONTH : 0;
	d->month = cy.leap >= 0 && p >= cy.leap ? p : p + 1;
	d->day = (int)(rd - cy.start[p]) + 1;
}
