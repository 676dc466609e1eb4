/*
 * buddhist.c: the Thai solar calendar, years of the Buddhist Era.
 *
 * Facts: the Gregorian calendar (its months, days and leap years) with
 * the year counted in the Buddhist Era, BE = CE + 543, as Thailand has
 * kept it since 1 January BE 2484 (1941), when the year start moved
 * from 1 April to 1 January; ICU's buddhist calendar and Java's
 * ThaiBuddhistChronology are the same.  Dates before 1941 are
 * proleptic: the April new year of the older Thai reckoning is not
 * modelled.
 * Epoch: the Gregorian one, through the arithmetic of fixed.c; year
 * 543 BE = astronomical Gregorian year 0.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147483104 to
 * 2147484190 (the Gregorian range moved by the offset).  Overflow: only
 * the Gregorian arithmetic of fixed.c, on years below 2.2e9.
 */
#include "../calendar.h"
#include "../fixed.h"

#define OFFSET	543	/* this calendar's year - the Gregorian year */

static const char *const aliases[] = { "thai", "thai-solar", NULL };

FX_GREG_OFFSET_CALENDAR

const struct calendar cal_buddhist = {
	.id = "buddhist",
	.aliases = aliases,
	.title = "Thai solar calendar, Buddhist Era (Gregorian year + 543)",
	.note = "proleptic before 1941, when the Thai year began on 1 April",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147483104),
	.max_year = INT64_C(2147484190),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "buddhist",
};
