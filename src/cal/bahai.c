/*
 * bahai.c: the Badi' (Baha'i) calendar, years 1-221 BE.
 *
 * Sources: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 16: bahai-new-year, fixed-from-bahai, bahai-from-fixed (the
 * "western" arithmetic rule); and, from 172 BE, the official dates of
 * Naw-Ruz that the Baha'i World Centre published for 172-221 BE
 * (2015-2064) after the Universal House of Justice's letter of 10 July
 * 2014 fixed Naw-Ruz by the March equinox at Tehran, as transcribed in
 * GNU Emacs' test/lisp/calendar/cal-bahai-tests.el and in
 * shared/data/bahai-nawruz-172-221.tsv (a unit test compares every
 * year with that file).
 * Facts: nineteen months of nineteen days (Baha .. Mulk, then 'Ala,
 * the month of fasting), and between Mulk and 'Ala the intercalary days
 * of Ayyam-i-Ha, as many as make the year reach the next Naw-Ruz.  Up
 * to 171 BE the year began on 21 March (western rule, R&D), so
 * Ayyam-i-Ha had 5 days when the February in the year was a Gregorian
 * leap day's, else 4; from 172 BE Naw-Ruz is the table's 20 or 21
 * March, and Ayyam-i-Ha has the year's length less 361 days, 4 or 5.
 * Year 171 ends on 20 March 2015 either way.
 * Month numbering (this program's): 1 Baha .. 18 Mulk, 19 Ayyam-i-Ha,
 * 20 'Ala, in the order of the year; R&D number Ayyam-i-Ha 0 and 'Ala
 * 19.  Month names come from the name set "bahai", whose slots follow
 * this numbering (19 Ayyam-i-Ha, 20 'Ala).
 * Epoch: 1 Baha 1 BE = 1844-03-21 = RD 673222 (R&D bahai-epoch).
 * Range: 1-01-01 (1844-03-21) to 221-18-19 (2065-02-24), the last day
 * the published table fixes: the length of 221's Ayyam-i-Ha depends on
 * Naw-Ruz 222 BE (2065), which the table does not give.  Earlier and
 * later days are refused (min_rd, max_rd), not computed by a rule
 * nobody keeps (before 1844) or a guess (after the table).
 * Overflow: none; all values are within a few thousand of RD 700000.
 */
#include "../calendar.h"
#include "../fixed.h"

#define FIRST_TABLE	172		/* first year of the official table */
#define LAST_TABLE	221
#define FIRST_RD	INT64_C(673222)	/* 1844-03-21, 1 Baha 1 */
#define LAST_RD		INT64_C(753916)	/* 2065-02-24, 19 Mulk 221 */

static const char *const aliases[] = { "badi", NULL };

/* Naw-Ruz 172..221 BE: the day of March in Gregorian year BE + 1843. */
static const unsigned char nawruz[LAST_TABLE - FIRST_TABLE + 1] = {
	21, 20, 20, 21, 21, 20, 20, 21, 21, 20,		/* 172..181 */
	20, 21, 21, 20, 20, 20, 21, 20, 20, 20,		/* 182..191 */
	21, 20, 20, 20, 21, 20, 20, 20, 21, 20,		/* 192..201 */
	20, 20, 21, 20, 20, 20, 21, 20, 20, 20,		/* 202..211 */
	21, 20, 20, 20, 20, 20, 20, 20, 20, 20,		/* 212..221 */
};

/* RD of 1 Baha of year y, 1..LAST_TABLE. */
static int64_t
new_year(int64_t y)
{
	int day = y >= FIRST_TABLE && y <= LAST_TABLE ?
	    nawruz[y - FIRST_TABLE] : 21;

	return fx_greg_fixed(y + 1843, 3, day);
}

/*
 * Days of Ayyam-i-Ha in year y: up to the next Naw-Ruz.  After the
 * table, 5, the most there can be: those days are outside the range,
 * so this only lets them reach the range check.
 */
static int
ayyam_i_ha(int64_t y)
{
	if (y < FIRST_TABLE - 1)
		return 4 + fx_greg_leap(y + 1844);
	if (y >= LAST_TABLE)
		return 5;
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
	/* The range ends in 2065 before any Naw-Ruz of 222 could. */
	if (d->year > LAST_TABLE || rd < new_year(d->year))
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

const struct calendar cal_bahai = {
	.id = "bahai",
	.aliases = aliases,
	.title = "Badi' (Baha'i): R&D's western rule to 171 BE, the official "
	    "Naw-Ruz table 172-221 BE",
	.note = "month 19 = Ayyam-i-Ha, 20 = 'Ala; from 1844-03-21 to "
	    "2065-02-24, where the table ends",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = 1,
	.max_year = LAST_TABLE,
	.months_in_year = twenty,
	.days_in_month = month_days,
	.is_leap = leap,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "bahai",
	.week_start = 6,	/* Saturday, Jalal */
	.min_rd = FIRST_RD,
	.max_rd = LAST_RD,
};
