/*
 * armenian.c: the Armenian calendar, the 365-day year counted from 552.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 1: armenian-epoch, fixed-from-armenian, armenian-from-fixed,
 * which are the Egyptian arithmetic (fx_egypt_* in fixed.c) with
 * another epoch.  Facts: twelve months of 30 days and five epagomenal
 * days (month 13), no leap day.
 * Epoch: 1 Navasard 1 = RD 201443 (Julian 552-07-11), R&D
 * armenian-epoch.
 * Years are astronomical: year 0 precedes year 1.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2148910952 to
 * 2148909848.  Overflow: see fixed.c; the largest product is
 * 365 * |year| < 8.1e11.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(201443)		/* RD of 1 Navasard 1 */

FX_EGYPTIAN_CALENDAR

const struct calendar cal_armenian = {
	.id = "armenian",
	.aliases = NULL,
	.title = "Armenian (era of 552 CE), 365-day wandering year",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2148910952),
	.max_year = INT64_C(2148909848),
	.months_in_year = fx_thirteen,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "armenian",
};
