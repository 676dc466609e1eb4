/*
 * french_arithmetic.c: the French Republican calendar with Romme's
 * arithmetic leap-year rule.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 17 (the French Revolutionary calendar), the modified arithmetic
 * calendar: arithmetic-french-leap-year?, fixed-from-arithmetic-french,
 * arithmetic-french-from-fixed.  Facts: twelve months of 30 days and
 * the complementary days (sansculottides) as month 13, five, or six in
 * a leap year; year y is leap when it is divisible by 4, except when
 * y mod 400 is 100, 200 or 300, and except when y mod 4000 is 0 --
 * the rule Gilbert Romme proposed in 1795.
 * Epoch: 1 Vendemiaire I = RD 654415 (Gregorian 1792-09-22), R&D
 * french-epoch.
 *
 * The historical years: the calendar was used from year II (1793) to
 * 10 Nivose XIV (31 December 1805), and its years began on the day of
 * the autumn equinox at Paris, which made years III, VII and XI leap
 * (1 Vendemiaire IV, VIII and XII fell on 23, 23 and 24 September).
 * Romme's rule, which this backend applies to every year, makes IV,
 * VIII, XII, XVI and XX leap instead.  So every date of years IV, VIII
 * and XII here falls one Gregorian day before the day it named in
 * use, and the sixth complementary day of III, VII and XI does not
 * exist here; the other years I-XIV agree.  Years XV-XX were never
 * used (the equinox rule would have made XV and XX leap).
 * Years are astronomical: year 0 precedes year I.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147486909 to
 * 2147483326.
 * Overflow: the year estimate 4000 * |rd - epoch + 2| < 3.2e15 is the
 * largest product; 365 * |year| < 8.1e11.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "french_common.h"

#define EPOCH	INT64_C(654415)		/* RD of 1 Vendemiaire I */

static const char *const aliases[] = { "french", NULL };

static int
leap(int64_t y)
{
	int64_t r = fx_mod(y, 400);

	return fx_mod(y, 4) == 0 && r != 100 && r != 200 && r != 300 &&
	    fx_mod(y, 4000) != 0;
}

/* RD of 1 Vendemiaire of year y. */
static int64_t
new_year(int64_t y)
{
	int64_t p = y - 1;

	return EPOCH + 365 * p + fx_div(p, 4) - fx_div(p, 100) +
	    fx_div(p, 400) - fx_div(p, 4000);
}

FRENCH_MONTHS

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* 4000 years are 1460969 days; the estimate is at most a year off. */
	int64_t ny, y = fx_year_near(rd,
	    fx_div(4000 * (rd - EPOCH + 2), 1460969) + 1, new_year, &ny);

	french_date(y, (int)(rd - ny), d);
}

const struct calendar cal_french_arithmetic = {
	.id = "french-arithmetic",
	.aliases = aliases,
	.title = "French Republican, Romme's arithmetic rule (R&D), "
	    "complementary days as month 13",
	.note = "Romme's rule for every year: IV, VIII, XII are leap where "
	    "the equinox rule in use made III, VII, XI leap, so dates in "
	    "years IV, VIII, XII are a day earlier than those used then",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147486909),
	.max_year = INT64_C(2147483326),
	FX_CALENDAR_FUNCTIONS(fx_thirteen),
	.names = "french",
};
