/*
 * roc.c: the calendar of the Republic of China (Minguo era).
 *
 * Facts: the Gregorian calendar, which the Republic of China adopted on
 * 1 January of Minguo 1 (1912), with years counted from that year:
 * Minguo year = Gregorian year - 1911 (ICU's roc calendar, Java's
 * MinguoChronology).
 * Years are astronomical: year 0 is 1911, the year before Minguo 1,
 * and -1 is 1910 (ICU and Java write these as years 1 and 2 of an era
 * "before Minguo").  Dates before 1912 are proleptic.
 * Epoch: the Gregorian one, through the arithmetic of fixed.c.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147485558 to
 * 2147481736 (the Gregorian range moved by the offset).  Overflow: only
 * the Gregorian arithmetic of fixed.c, on years below 2.2e9.
 */
#include "../calendar.h"
#include "../fixed.h"

#define OFFSET	(-1911)	/* this calendar's year - the Gregorian year */

static const char *const aliases[] = { "minguo", "taiwan", NULL };

FX_GREG_OFFSET_CALENDAR

const struct calendar cal_roc = {
	.id = "roc",
	.aliases = aliases,
	.title = "Republic of China (Minguo), Gregorian year - 1911",
	.note = "astronomical years: 0 = 1911, the year before Minguo 1; "
	    "-1 = 1910",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147485558),
	.max_year = INT64_C(2147481736),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "roc",
};
