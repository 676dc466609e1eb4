/*
 * ethiopic.c: the Ethiopic calendar in the Amete Mihret era (Era of
 * Mercy, Ethiopia's civil calendar).
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 4: fixed-from-ethiopic, ethiopic-from-fixed, which are the
 * Coptic arithmetic (fx_coptic_* in fixed.c) with another epoch.
 * Facts: twelve months of 30 days and Pagume as month 13, five days,
 * six when the year mod 4 is 3.
 * Epoch: 1 Meskerem 1 = RD 2796 (Julian 0008-08-29), R&D
 * ethiopic-epoch, also ICU's (JD 1724221).
 * Years are astronomical: year 0 precedes year 1 (ICU instead moves to
 * the Amete Alem era, year + 5500, before year 1).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147439559 to
 * 2147439544.  Overflow: see fixed.c; the largest product is
 * 4 * |rd - epoch| < 3.2e12.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(2796)		/* RD of 1 Meskerem 1 */

static const char *const aliases[] = { "ethiopian", "ethiopic-amete-mihret",
    NULL };

FX_COPTIC_CALENDAR

/*
 * Eras as ICU and CLDR count them: years from 1 are Amete Mihret
 * (era 1); earlier years are counted in Amete Alem (era 0), 5500 years
 * further on.
 */
static int
era(const struct cal_date *d, int64_t *yoe)
{
	if (d->year >= 1) {
		*yoe = d->year;
		return 1;
	}
	*yoe = d->year + 5500;
	return 0;
}

static int64_t
era_year(int e, int64_t yoe)
{
	return e == 1 ? yoe : yoe - 5500;
}

const struct calendar cal_ethiopic = {
	.id = "ethiopic",
	.aliases = aliases,
	.title = "Ethiopic, Amete Mihret era (year 1 = 8 CE), Pagume as "
	    "month 13",
	.note = NULL,
	FX_COPTIC_FIELDS,
	.min_year = INT64_C(-2147439559),
	.max_year = INT64_C(2147439544),
	.names = "ethiopic",
	.era = era,
	.era_year = era_year,
};
