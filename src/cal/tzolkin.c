/*
 * tzolkin.c: the Maya tzolkin, the 260-day count of 13 numbers and 20
 * names.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 11: mayan-tzolkin-ordinal, mayan-tzolkin-epoch,
 * mayan-tzolkin-from-fixed; the day names are R&D's (section 11.2),
 * the same as GNU Emacs' cal-mayan.el: Imix, Ik, Akbal, Kan, Chicchan,
 * Cimi, Manik, Lamat, Muluc, Oc, Chuen, Eb, Ben, Ix, Men, Cib, Caban,
 * Etznab, Cauac, Ahau.  Facts: each day takes the next number 1..13
 * and the next name of the twenty at once, so a number and name recur
 * every 260 days; the long count's epoch 0.0.0.0.0 fell on 4 Ahau.
 * Notation: the number and the name, "4 Ahau", written but never read:
 * the same tzolkin date recurs every 260 days (cal_date.year counts
 * those cycles and is not written; see the cycle member in
 * calendar.h).
 * Representation: year = whole cycles since the tzolkin epoch, one
 * month of 260 days, day = the place in the cycle, 1..260 (1 = 1 Imix),
 * so the number is amod(day, 13) and the name amod(day, 20).
 * Epoch: the 1 Imix before 0.0.0.0.0, RD -1137301 = mayan-epoch
 * (RD -1137142, JD 584283) - mayan-tzolkin-ordinal(4 Ahau) (159
 * days).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, cycles -3016735227 to
 * 3016743974.  Overflow: |cycles| * 260 < 7.9e11.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "notation.h"

#define EPOCH	INT64_C(-1137301)	/* RD of 1 Imix before 0.0.0.0.0 */

static const char *const names[20] = {
	"Imix", "Ik", "Akbal", "Kan", "Chicchan", "Cimi", "Manik", "Lamat",
	"Muluc", "Oc", "Chuen", "Eb", "Ben", "Ix", "Men", "Cib", "Caban",
	"Etznab", "Cauac", "Ahau"
};

static int
cycle_days(int64_t y, int m, uint32_t flags)
{
	(void)y;
	(void)m;
	(void)flags;
	return 260;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return EPOCH + d->year * 260 + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = fx_div(rd - EPOCH, 260);

	d->year = y;
	d->month = 1;
	d->day = (int)(rd - EPOCH - y * 260) + 1;
	d->flags = 0;
}

/* "4 Ahau": the number and the name (R&D mayan-tzolkin-from-fixed). */
static size_t
notation(const struct cal_date *d, char *out)
{
	char *p = notation_put_num(out, (int)fx_amod(d->day, 13));

	*p++ = ' ';
	p = notation_put_str(p, names[fx_amod(d->day, 20) - 1]);
	return (size_t)(p - out);
}

const struct calendar cal_tzolkin = {
	.id = "tzolkin",
	.aliases = NULL,
	.title = "Maya tzolkin, the 260-day count of 13 numbers and 20 "
	    "names: 4 Ahau (written, not read)",
	.note = NULL,
	.kind = CAL_CYCLE,
	.shape = CAL_SHAPE_CYCLE,
	.min_year = INT64_C(-3016735227),
	.max_year = INT64_C(3016743974),
	.months_in_year = fx_one,
	.days_in_month = cycle_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = NULL,
	.cycle = 260,
	.notation = notation,
};
