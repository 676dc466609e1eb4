/*
 * mayan.c: the Maya long count, Goodman-Martinez-Thompson correlation.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 11: mayan-epoch, fixed-from-mayan-long-count,
 * mayan-long-count-from-fixed.  Facts: a count of days from the
 * epoch 0.0.0.0.0 in places of 20 kin (days) to the uinal, 18 uinal
 * to the tun (360 days), 20 tun to the katun (7200 days) and 20 katun
 * to the baktun (144000 days), written baktun.katun.tun.uinal.kin, as
 * 13.0.0.0.0 for 2012-12-21.
 * Epoch: JD 584283 (the GMT correlation, R&D's), RD -1137142 =
 * Julian -3113-09-06 = Gregorian -3113-08-11 (3114 BCE).
 * The baktun is not bounded by 19 or 13: after 19.19.19.17.19 comes
 * 20.0.0.0.0 (in 4772 CE), and before 0.0.0.0.0 comes -1.19.19.17.19,
 * so the baktun is floor(days since the epoch / 144000), negative
 * before the epoch, and the lower places are always in their ranges
 * (the Maya wrote higher places, pictun and beyond, and counted back
 * from 13.0.0.0.0; this program neither names them nor wraps).
 * Representation (CAL_SHAPE_LONG_COUNT): the baktun in year, katun + 1
 * in month (1..20) and the day of the katun, tun * 360 + uinal * 20 +
 * kin + 1, in day (1..7200), so that walking the days walks the
 * fields as in any calendar; the notation is the dotted one.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, baktun -5446884 to
 * 5446898.  Overflow: |baktun| * 144000 < 7.9e11 (fixed.h).
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-1137142)	/* RD of 0.0.0.0.0, JD 584283 */

static const char *const aliases[] = { "long-count", "maya", "mayan-gmt",
    "mayan-584283", NULL };

FX_LONG_COUNT_CALENDAR

const struct calendar cal_mayan = {
	.id = "mayan",
	.aliases = aliases,
	.title = "Maya long count, GMT correlation (JD 584283): "
	    "13.0.0.0.0 = 2012-12-21",
	.note = "baktun.katun.tun.uinal.kin; the baktun goes past 19 and "
	    "below 0",
	FX_LONG_COUNT_FIELDS,
};
