/*
 * holocene.c: the Holocene calendar (Human Era).
 *
 * Source: C. Emiliani, "Calendar reform", Nature 366 (1993), 716: the
 * Gregorian calendar with 10000 added to the year, so that 1 BCE
 * (astronomical year 0) is 10000 HE and 1 CE is 10001 HE.
 * Epoch: the Gregorian one, through the arithmetic of fixed.c.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147473647 to
 * 2147493647 (the Gregorian range moved by the offset).  Overflow: only
 * the Gregorian arithmetic of fixed.c, on years below 2.2e9.
 */
#include "../calendar.h"
#include "../fixed.h"

#define OFFSET	10000	/* this calendar's year - the Gregorian year */

static const char *const aliases[] = { "human-era", NULL };

FX_GREG_OFFSET_CALENDAR

const struct calendar cal_holocene = {
	.id = "holocene",
	.aliases = aliases,
	.title = "Holocene Era (Emiliani), Gregorian year + 10000",
	.note = NULL,
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147473647),
	.max_year = INT64_C(2147493647),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "gregorian",
};
