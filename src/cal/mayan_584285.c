/*
 * mayan_584285.c: the Maya long count with the correlation JD 584285.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 11, fixed-from-mayan-long-count and mayan-long-count-from-fixed,
 * with another epoch.  The correlation of the long count with our
 * calendars is not settled: JD 584283 (the Goodman-Martinez-Thompson
 * correlation, mayan.c, R&D's) is the usual one; JD 584285, two days
 * later, is the value J. E. S. Thompson first gave (1927) and F. G.
 * Lounsbury argued for from the Venus table of the Dresden Codex
 * (1983).  Everything else is as in mayan.c: the places, the unbounded
 * and possibly negative baktun, and the representation.
 * Epoch: JD 584285, RD -1137140 = Gregorian -3113-08-13, so 13.0.0.0.0
 * is 2012-12-23.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, baktun -5446884 to
 * 5446898.  Overflow: |baktun| * 144000 < 7.9e11 (fixed.h).
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-1137140)	/* RD of 0.0.0.0.0, JD 584285 */

static const char *const aliases[] = { "long-count-584285", NULL };

FX_LONG_COUNT_CALENDAR

const struct calendar cal_mayan_584285 = {
	.id = "mayan-584285",
	.aliases = aliases,
	.title = "Maya long count, correlation JD 584285: 13.0.0.0.0 = "
	    "2012-12-23",
	.note = "two days after mayan (GMT, JD 584283)",
	FX_LONG_COUNT_FIELDS,
};
