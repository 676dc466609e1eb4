/*
 * ethiopic_amete_alem.c: the Ethiopic calendar in the Amete Alem era
 * (Era of the World), whose year is the Amete Mihret year + 5500.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 4, the Ethiopic (Coptic) arithmetic of fx_coptic_* in fixed.c;
 * the era as ICU's EthiopicAmeteAlemCalendar defines it (ICU4C
 * ethpccal.cpp, AMETE_MIHRET_DELTA = 5500).  Since 5500 is a multiple
 * of 4, a year is leap, as in Amete Mihret, when y mod 4 is 3.
 * Epoch: 1 Meskerem 1 Amete Alem = RD 2796 - 5500 * 365.25 = RD
 * -2006079 (Julian -5492-08-29, 5493 BCE), ICU's JD epoch offset
 * -285019 (JD -284654).
 * Years are astronomical: year 0 precedes year 1.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147434059 to
 * 2147445044.  Overflow: see fixed.c; the largest product is
 * 4 * |rd - epoch| < 3.2e12.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-2006079)	/* RD of 1 Meskerem 1 Amete Alem */

static const char *const aliases[] = { "ethiopian-amete-alem", NULL };

FX_COPTIC_CALENDAR

/* Every year is counted in the Amete Alem era, CLDR's era 0. */
static int
era(const struct cal_date *d, int64_t *yoe)
{
	*yoe = d->year;
	return 0;
}

static int64_t
era_year(int e, int64_t yoe)
{
	(void)e;
	return yoe;
}

const struct calendar cal_ethiopic_amete_alem = {
	.id = "ethiopic-amete-alem",
	.aliases = aliases,
	.title = "Ethiopic, Amete Alem era (Amete Mihret year + 5500)",
	.note = NULL,
	FX_COPTIC_FIELDS,
	.min_year = INT64_C(-2147434059),
	.max_year = INT64_C(2147445044),
	.names = "ethiopic",
	.era = era,
	.era_year = era_year,
};
