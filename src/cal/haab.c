/*
 * haab.c: the Maya haab, the 365-day "vague year".
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 11: mayan-haab-ordinal, mayan-haab-epoch, mayan-haab-from-fixed;
 * the month names are R&D's (section 11.2), the same as GNU Emacs'
 * cal-mayan.el: Pop, Uo, Zip, Zotz, Tzec, Xul, Yaxkin, Mol, Chen, Yax,
 * Zac, Ceh, Mac, Kankin, Muan, Pax, Kayab, Cumku and the five days of
 * Uayeb.  Facts: eighteen months of 20 days numbered 0..19, then
 * Uayeb, 0..4, with no leap day, so the haab wanders through the
 * seasons; the long count's epoch 0.0.0.0.0 fell on 8 Cumku.
 * Notation: the day and the month, "8 Cumku", written but never read:
 * the same haab date recurs every 365 days (cal_date.year counts
 * those cycles from the haab epoch and is not written; see the cycle
 * member in calendar.h).
 * Representation: year = whole haabs since the haab epoch, month 1..19
 * (19 = Uayeb), day = the haab day + 1 (1..20, 1..5 in Uayeb).
 * Epoch: 0 Pop of the haab in which the long count began, RD -1137490
 * = mayan-epoch (RD -1137142, JD 584283) - mayan-haab-ordinal(8 Cumku)
 * (348 days).
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, cycles -2148907285 to
 * 2148913516.  Overflow: |cycles| * 365 < 7.9e11.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "notation.h"

#define EPOCH	INT64_C(-1137490)	/* RD of 0 Pop before 0.0.0.0.0 */

static const char *const months[19] = {
	"Pop", "Uo", "Zip", "Zotz", "Tzec", "Xul", "Yaxkin", "Mol", "Chen",
	"Yax", "Zac", "Ceh", "Mac", "Kankin", "Muan", "Pax", "Kayab", "Cumku",
	"Uayeb"
};

static int
nineteen(int64_t y)
{
	(void)y;
	return 19;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)y;
	(void)flags;
	return m <= 18 ? 20 : 5;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return EPOCH + d->year * 365 + (d->month - 1) * 20 + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = fx_div(rd - EPOCH, 365);
	int count = (int)(rd - EPOCH - y * 365);	/* 0..364 */

	d->year = y;
	d->month = count / 20 + 1;
	d->day = count % 20 + 1;
	d->flags = 0;
}

/* "8 Cumku": the haab day (0..19) and the month. */
static size_t
notation(const struct cal_date *d, char *out)
{
	char *p = notation_put_num(out, d->day - 1);

	*p++ = ' ';
	return (size_t)(notation_put_str(p, months[d->month - 1]) - out);
}

const struct calendar cal_haab = {
	.id = "haab",
	.aliases = NULL,
	.title = "Maya haab, the 365-day year of 18 months and Uayeb: "
	    "8 Cumku (written, not read)",
	.note = NULL,
	.kind = CAL_CYCLE,
	.shape = CAL_SHAPE_CYCLE,
	.min_year = INT64_C(-2148907285),
	.max_year = INT64_C(2148913516),
	.months_in_year = nineteen,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = NULL,
	.cycle = 365,
	.notation = notation,
};
