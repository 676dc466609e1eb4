/*
 * hindu_lunar.c: the modern Hindu lunisolar calendar of the Surya
 * Siddhanta (amanta: months from new moon to new moon), Vikrama years,
 * with leap months, expunged days and leap days.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: hindu-lunar-from-fixed, fixed-from-hindu-lunar, on the
 * astronomy of surya.c.  Facts: a lunar month takes the number of the
 * sign the sun is in at the new moon that begins it, plus one (so
 * Chaitra, month 1, begins with the sun in Mina); when the next new
 * moon finds the sun in the same sign, the month is a leap month
 * (adhika), numbered like the month after it and coming first.  When
 * the sun passes through a whole sign within one lunar month, a month
 * number is left out (kshaya): the year has no such month.  A day is
 * numbered by the lunar day (tithi) in progress at its sunrise at
 * Ujjain, so a number is skipped (expunged) when a lunar day begins and
 * ends between two sunrises, and a number is repeated when one lunar
 * day holds two sunrises: the second of those days is the leap day,
 * written with an L after the day ("2000-07-08L").  The year (Vikrama,
 * 3044 years after the Kali Yuga's start, R&D hindu-lunar-era) is the
 * solar year in progress, taken 180 days on in months 1 and 2.
 * Representation: month 1..12 (Chaitra first), the leap month marked
 * CAL_FLAG_LEAP_MONTH ("1549-02L-03"), the leap day CAL_FLAG_LEAP_DAY;
 * days_in_month is 30, the highest number, or 0 for a month the year
 * leaves out; skipped() names the expunged day numbers and repeated()
 * the ones with a leap day.
 * Month names: the hand-made set "hindu-lunar" of names_extra.c, a
 * leap month's as "Adhika Chaitra".
 * Epoch: the Kali Yuga, RD -1132959 (Julian -3101-02-18).
 * Range: the days of hindu_solar.c, RD -1132959 to 1132959 (Vikrama
 * -3044-02-01 to 3159-08-07); the unit tests convert every day of it
 * both ways.
 */
#include <math.h>

#include "../calendar.h"
#include "../fixed.h"
#include "../sky/surya.h"
#include "hindu_common.h"

#define MIN_RD	SY_EPOCH
#define MAX_RD	(-SY_EPOCH)

static const char *const aliases[] = { "surya-lunar", NULL };

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t n = rd - SY_EPOCH;
	double critical = sy_sunrise(n);
	int day = sy_lunar_day(critical);
	double last = sy_new_moon_before(critical);
	double next = sy_new_moon_before(floor(last) + 35);
	int solar_month = sy_zodiac(last);
	int month = (int)fx_amod(solar_month + 1, 12);

	d->flags = 0;
	if (day == sy_lunar_day(sy_sunrise(n - 1)))
		d->flags |= CAL_FLAG_LEAP_DAY;
	if (solar_month == sy_zodiac(next))
		d->flags |= CAL_FLAG_LEAP_MONTH;
	d->year = sy_calendar_year((double)(month <= 2 ? n + 180 : n)) -
	    SY_LUNAR_ERA;
	d->month = month;
	d->day = day;
}

/* The mean moment of month k's start, in Kali Yuga days. */
static double
mean_month(int64_t k)
{
	return (double)k * (394479457.0 / 12960000.0);
}

/* The lunar day at the sunrise of day n (Kali Yuga days). */
static int
day_number(int64_t n)
{
	return sy_lunar_day(sy_sunrise(n));
}

static const struct hc_lunar_sky sky = {
	.origin = SY_EPOCH,
	.era = SY_LUNAR_ERA,
	.mean_month = mean_month,
	.sidereal_longitude = sy_solar_longitude,
	.lunar_day = sy_lunar_day,
	.day_number = day_number,
	.from_fixed = from_fixed,
	.known = NULL,
};

HC_LUNAR_FUNCTIONS(sky)

const struct calendar cal_hindu_lunar = {
	.id = "hindu-lunar",
	.aliases = aliases,
	.title = "Hindu lunisolar (Surya Siddhanta, amanta, sunrise at "
	    "Ujjain), Vikrama years",
	.note = "leap month 06L, leap day 15L, some day numbers skipped; "
	    "Gregorian -3101..3102; R&D ch. 20",
	.kind = CAL_LUNISOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = -3044,
	.max_year = 3159,
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "hindu-lunar",
	.min_rd = MIN_RD,
	.max_rd = MAX_RD,
	.leap_months = 1,
	.skipped = skipped,
	.repeated = repeated,
};
