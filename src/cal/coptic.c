/*
 * coptic.c: the Coptic calendar (Era of the Martyrs, Anno Martyrum).
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 4: coptic-leap-year?, fixed-from-coptic, coptic-from-fixed (the
 * arithmetic is fx_coptic_* in fixed.c, shared with the Ethiopic
 * calendars).  Facts: twelve months of 30 days and the epagomenal days
 * as month 13, five of them, six when the year mod 4 is 3 (the year
 * before a Julian leap year), so the year keeps step with the Julian
 * calendar.
 * Epoch: 1 Thout AM 1 = RD 103605 (Julian 284-08-29), R&D coptic-epoch,
 * also ICU's coptic epoch (JD 1825030).
 * Years are astronomical: year 0 precedes AM 1 (ICU instead counts the
 * years before AM 1 backwards in an era BCE).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147439835 to
 * 2147439268.  Overflow: see fixed.c; the largest product is
 * 4 * |rd - epoch| < 3.2e12.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(103605)		/* RD of 1 Thout AM 1 */

FX_COPTIC_CALENDAR

const struct calendar cal_coptic = {
	.id = "coptic",
	.aliases = NULL,
	.title = "Coptic (Era of the Martyrs), epagomenal days as month 13",
	.note = NULL,
	FX_COPTIC_FIELDS,
	.min_year = INT64_C(-2147439835),
	.max_year = INT64_C(2147439268),
	.names = "coptic",
};
