/*
 * gregorian.c: the proleptic Gregorian calendar.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 2 (the calendar's rules); the conversions are the equivalent
 * 400-year-era arithmetic in fixed.c.  ISO 8601 year numbering, so year
 * 0 is 1 BCE and year -1 is 2 BCE.
 * Epoch: RD 1 = 0001-01-01.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147483648 to
 * 2147483647 (the bounds below).  The year arithmetic lives in fixed.c,
 * where its overflow bound is argued.
 */
#include "../calendar.h"
#include "../fixed.h"

static const char *const aliases[] = { "gregory", "iso", NULL };

#define OFFSET	0	/* the year numbers are the Gregorian ones */
FX_GREG_OFFSET_CALENDAR

const struct calendar cal_gregorian = {
	.id = "gregorian",
	.aliases = aliases,
	.title = "proleptic Gregorian, ISO 8601 years (0 = 1 BCE)",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147483647),
	.max_year = INT64_C(2147483647),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "gregorian",
};
