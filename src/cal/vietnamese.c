/*
 * vietnamese.c: the Vietnamese lunisolar calendar (am lich), the
 * Chinese rules kept on Vietnam's clocks.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 19 (chinese-location, chinese-from-fixed, fixed-from-chinese);
 * the rules are written once in chinese_common.c.  Clocks: UT+8 before
 * 1968 and UT+7 (Hanoi) from 1968, when North Vietnam moved its
 * calendar to its own time zone; so Tet 1985 fell a month before the
 * Chinese New Year, and some months begin a day apart.
 * Years: counted as calconv counts the Chinese ones (from -2636, so
 * 2024-02-10 began 4661); the sexagenary cycle is the same.  Months
 * 1..12, the leap month flagged and written "06L" after month 6 whose
 * number it takes.
 * Range: the years beginning in Gregorian 1600..2600 (4237..5237).
 */
#include "../calendar.h"
#include "chinese_common.h"

#define OFFSET	INT64_C(2637)	/* year - Gregorian year of its first day */

static double
zone(double tee)
{
	return (cn_greg_year_of(tee) < 1968 ? 8.0 : 7.0) / 24;
}

static const char *const aliases[] = { "am-lich", "vietnamese-lunar", NULL };

/* The years of the range are read from chinese_table.c. */
CN_CALENDAR(vietnamese, NULL)

const struct calendar cal_vietnamese = {
	.id = "vietnamese",
	.aliases = aliases,
	.title = "Vietnamese lunisolar (the Chinese rules at UT+7 from "
	    "1968), years from -2636",
	.note = "leap month written 06L; years beginning 1600..2600; "
	    "R&D ch. 19",
	CN_CALENDAR_FIELDS,
	.names = "chinese",
	.min_rd = CN_MIN_RD_VIETNAMESE,
	.max_rd = CN_MAX_RD_VIETNAMESE,
};
