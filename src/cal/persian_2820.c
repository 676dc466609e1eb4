/*
 * persian_2820.c: the Solar Hijri calendar as Qt's QJalaliCalendar
 * computes it (qtbase, src/corelib/time/qjalalicalendar.cpp).
 *
 * Facts: the months of the Persian year; a 2820-year cycle of 1029983
 * days that starts on 1 Farvardin 475 (JD 2121446, RD 400021), in which
 * year k (0-based) starts floor(k * 1029983 / 2820) days in; so a year
 * is leap when ((y + 2346) * 683) mod 2820 < 683, Qt's isLeapYear with
 * its year -1 being our astronomical year 0.  This is not the official
 * calendar: it disagrees with Iran's calendar authority in, e.g.,
 * AP 1437 (Nowruz 2058-03-21 officially, a day earlier here, since the
 * cycle makes 1436 a common year where the official table has a leap
 * year).
 *
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX.  Overflow: the cycle
 * count times 1029983 is at most |rd| + one cycle, and
 * (y + 2346) * 683 < 1.5e12.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "persian_common.h"

#define EPOCH		INT64_C(400021)	/* RD of 1 Farvardin 475 */
#define CYCLE_DAYS	INT64_C(1029983)
#define CYCLE_YEARS	2820

static const char *const aliases[] = { "jalali-qt", "qt-jalali", NULL };

static int
leap(int64_t y)
{
	return fx_mod((y + 2346) * 683, CYCLE_YEARS) < 683;
}

/* RD of 1 Farvardin of year y. */
static int64_t
new_year(int64_t y)
{
	int64_t c = fx_div(y - 475, CYCLE_YEARS);
	int64_t k = fx_mod(y - 475, CYCLE_YEARS);

	/* 365 k + floor(683 k / 2820) = floor(k * 1029983 / 2820). */
	return EPOCH + c * CYCLE_DAYS + 365 * k + 683 * k / CYCLE_YEARS;
}

PERSIAN_MONTHS

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t c = fx_div(rd - EPOCH, CYCLE_DAYS);
	int64_t r = rd - EPOCH - c * CYCLE_DAYS;	/* 0..1029982 */
	int64_t ny, y;

	y = fx_year_near(rd,
	    475 + c * CYCLE_YEARS + r * CYCLE_YEARS / CYCLE_DAYS, new_year,
	    &ny);
	persian_date(y, (int)(rd - ny), d);
}

const struct calendar cal_persian_2820 = {
	.id = "persian-2820",
	.aliases = aliases,
	.title = "Solar Hijri by the 2820-year cycle, as Qt's Jalali",
	.note = "agrees with Qt's QJalaliCalendar, not with the official "
	    "calendar (e.g. AP 1437)",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147486041),
	.max_year = INT64_C(2147484799),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "persian",
	.week_start = 6,	/* Saturday */
};
