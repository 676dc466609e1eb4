/*
 * icelandic.c: the Icelandic calendar of two seasons counted in weeks.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 6 (the Icelandic calendar): icelandic-epoch, icelandic-summer,
 * icelandic-winter, fixed-from-icelandic, icelandic-from-fixed,
 * icelandic-leap-year?.  Facts: the year has two seasons (misseri),
 * summer (sumar), which begins on the Thursday from 19 to 25 April
 * (Gregorian; "sumardagurinn fyrsti"), and winter (vetur), which
 * begins on the Saturday 180 days before the next summer, from 21 to
 * 27 October ("fyrsti vetrardagur"); a date is the year, the season,
 * the week of the season counted from its first day and the day of
 * the week.  Winter has 180 days; summer 184, or 191 in a year with
 * the extra week (sumarauki), when the next summer is 371 days away.
 * The year is the Gregorian year in which its summer begins.  Before
 * the calendar followed the Gregorian (1700) the rule is proleptic.
 * Notation (CAL_SHAPE_SEASON): year, the season's letter (S sumar,
 * V vetur), the week of the season and the ISO weekday (1 Monday ..
 * 7 Sunday): 2024-S01-4 is the first day of summer 2024, Thursday
 * 2024-04-25.
 * Representation: month 1 is summer and 2 winter, day the day of the
 * season (1..184 or 191, 1..180); week and weekday follow from it and
 * the season's first weekday (season_weekday).
 * Epoch: R&D icelandic-epoch, Gregorian 0001-04-19 = RD 109.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147483648 to
 * 2147483647.  Overflow: only the Gregorian arithmetic of fixed.c, and
 * (rd + 260) * 400 < 3.2e14 for the year's estimate.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(109)		/* RD of Gregorian 0001-04-19 */

/* The RD of the first day of summer of year y: a Thursday. */
static int64_t
summer(int64_t y)
{
	int64_t apr19 = fx_greg_fixed(y, 4, 19);

	return apr19 + fx_mod(4 - apr19, 7);	/* Thursday is weekday 4 */
}

/* The first day of winter: 180 days before the next summer. */
static int64_t
winter(int64_t y)
{
	return summer(y + 1) - 180;
}

static int
leap(int64_t y)
{
	return summer(y + 1) - summer(y) != 364;
}

static int
two(int64_t y)
{
	(void)y;
	return 2;
}

static int
season_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return m == 1 ? (int)(winter(y) - summer(y)) : 180;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return (d->month == 1 ? summer(d->year) : winter(d->year)) + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* R&D's estimate: the year or the one after. */
	int64_t y = fx_div((rd - EPOCH + 369) * 400, 146097);
	int64_t start = summer(y), next, win;

	/* Each summer's first day once; winter: 180 days before the next. */
	if (rd < start) {
		y--;
		next = start;
		start = summer(y);
	} else {
		next = summer(y + 1);
	}
	win = next - 180;
	d->year = y;
	d->month = rd < win ? 1 : 2;
	d->day = (int)(rd - (d->month == 1 ? start : win)) + 1;
	d->flags = 0;
}

const struct calendar cal_icelandic = {
	.id = "icelandic",
	.aliases = NULL,
	.title = "Icelandic: summer and winter counted in weeks, "
	    "2024-S01-4 = 2024-04-25",
	.note = "S sumar from the Thursday 19-25 April, V vetur from the "
	    "Saturday 21-27 October; weekday 1 Monday .. 7 Sunday",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_SEASON,
	.min_year = INT64_C(-2147483648),
	.max_year = INT64_C(2147483647),
	.months_in_year = two,
	.days_in_month = season_days,
	.is_leap = leap,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = NULL,
	.season_letters = "SV",
	.season_weekday = { 4, 6 },	/* Thursday, Saturday */
};
