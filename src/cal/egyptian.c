/*
 * egyptian.c: the ancient Egyptian civil calendar, counted in the era
 * of Nabonassar as Ptolemy's astronomical tables count it.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 1: egyptian-epoch, fixed-from-egyptian, egyptian-from-fixed
 * (the arithmetic is fx_egypt_* in fixed.c, shared with the Armenian
 * calendar).  Facts: every year has twelve months of 30 days and five
 * epagomenal days (month 13), 365 days with no leap day, so the year
 * wanders through the seasons.
 * Epoch: 1 Thoth 1 Nabonassar = JD 1448638, RD -272787 (Julian
 * -746-02-26, 747 BCE), R&D egyptian-epoch.
 * Years are astronomical: year 0 precedes year 1.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2148909653 to
 * 2148911148.  Overflow: see fixed.c; the largest product is
 * 365 * |year| < 8.1e11.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-272787)	/* RD of 1 Thoth 1 Nabonassar */

FX_EGYPTIAN_CALENDAR

const struct calendar cal_egyptian = {
	.id = "egyptian",
	.aliases = NULL,
	.title = "ancient Egyptian, Nabonassar era, 365-day wandering year",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2148909653),
	.max_year = INT64_C(2148911148),
	.months_in_year = fx_thirteen,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "egyptian",
};
