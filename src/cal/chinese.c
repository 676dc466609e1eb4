/*
 * chinese.c: the Chinese lunisolar calendar (nongli), by the sun and
 * moon as seen from Beijing.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 19 (chinese-location, chinese-from-fixed, fixed-from-chinese);
 * the rules are written once in chinese_common.c.  Clocks: Beijing
 * local mean time, UT+7:45:40 (116 degrees 25 minutes E), before 1929,
 * and UT+8 from 1929, as R&D's chinese-location.
 * Years: counted from R&D's epoch, Gregorian -2636-02-15, the first
 * year of the first sexagenary cycle: year y is year (y - 1) mod 60 + 1
 * of cycle (y - 1) div 60 + 1, and 2024-02-10 began year 4661 (cycle
 * 78, year 41, jiachen).  Months 1..12, the leap month flagged and
 * written "06L" after month 6 whose number it takes.
 * Range: the years beginning in Gregorian 1600..2600 (4237..5237).
 * Against the Hong Kong Observatory's tables for 1901-2100 every month
 * agrees but two: month 9 of 2057 (a new moon two minutes before
 * midnight, corrected below to the published date) and month 4 of 1906
 * (4543), which begins on 1906-04-23 here: its new moon fell at 23:52
 * Beijing mean time, R&D's clock before 1929, and 00:06 at UT+8, the
 * meridian of the HKO table for every year.
 */
#include "../calendar.h"
#include "chinese_common.h"

#define OFFSET	INT64_C(2637)	/* year - Gregorian year of its first day */

static double
zone(double tee)
{
	return cn_greg_year_of(tee) < 1929 ? 1397.0 / 180 / 24 : 8.0 / 24;
}

/*
 * The new moon of 2057-09-28 falls at 23:58 UT+8 by R&D's astronomy,
 * with its extrapolated Delta T of 212 s; the Hong Kong Observatory's
 * table (and the Purple Mountain Observatory's) begin month 9 on
 * 2057-09-29, which calconv follows.
 */
static const int32_t fixes[][2] = {
	{ 751210, 751211 },	/* 2057-09-28 -> 2057-09-29 */
	{ 0, 0 },
};

static const char *const aliases[] = { "nongli", "chinese-lunar", NULL };

/* The years of the range are read from chinese_table.c. */
CN_CALENDAR(chinese, fixes)

const struct calendar cal_chinese = {
	.id = "chinese",
	.aliases = aliases,
	.title = "Chinese lunisolar (Beijing, R&D astronomical), years "
	    "from -2636",
	.note = "leap month written 06L; years beginning 1600..2600; "
	    "R&D ch. 19",
	CN_CALENDAR_FIELDS,
	.names = "chinese",
	.min_rd = CN_MIN_RD_CHINESE,
	.max_rd = CN_MAX_RD_CHINESE,
};
