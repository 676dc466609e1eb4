/*
 * dangi.c: the Korean lunisolar calendar (dangi, eumnyeok), the
 * Chinese rules kept on Korea's clocks.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 19 (chinese-location, chinese-from-fixed, fixed-from-chinese);
 * the rules are written once in chinese_common.c.  Clocks: UT+8 before
 * 1897, UT+7 in 1897, UT+8 in 1898-1911 and UT+9 from 1912, the
 * history ICU's dangi calendar uses (R&D's korean-location differs
 * before 1961: Seoul mean time and UT+8:30 in some years); the Korea
 * Astronomy and Space Science Institute reckons in UT+9.
 * Years: the Dangun era (Dangi), 2333 BCE: 2024-02-10 began year 4357.
 * The sexagenary cycle is the Chinese one (4357 is a gapjin year).
 * Months 1..12, the leap month flagged and written "06L" after month 6
 * whose number it takes.
 * Range: the years beginning in Gregorian 1600..2600 (3933..4933).
 */
#include "../calendar.h"
#include "chinese_common.h"

#define OFFSET	INT64_C(2333)	/* year - Gregorian year of its first day */
/* Chinese year - Dangun year: 2637 - 2333, the cycles' count. */
#define CYCLE_OFFSET	INT64_C(304)

static double
zone(double tee)
{
	double y = cn_greg_year_of(tee);

	return (y < 1897 ? 8.0 : y < 1898 ? 7.0 : y < 1912 ? 8.0 : 9.0) / 24;
}

static const char *const aliases[] = { "korean", "korean-lunar", NULL };

/* The years of the range are read from chinese_table.c. */
CN_CALENDAR(dangi, NULL)

const struct calendar cal_dangi = {
	.id = "dangi",
	.aliases = aliases,
	.title = "Korean lunisolar (dangi: the Chinese rules at UT+9), "
	    "Dangun years",
	.note = "leap month written 06L; years beginning 1600..2600; "
	    "R&D ch. 19",
	CN_CALENDAR_FIELDS,
	.names = "dangi",
	.min_rd = CN_MIN_RD_DANGI,
	.max_rd = CN_MAX_RD_DANGI,
	.cycle_offset = CYCLE_OFFSET,
};
