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

#define MIN_RD	SY_EPOCH
#define MAX_RD	(-SY_EPOCH)

static const char *const aliases[] = { "surya-lunar", NULL };

/* R&D mod3 on integers: x moved into [a, b) by multiples of b - a. */
static int
mod3(int x, int a, int b)
{
	return a + (int)fx_mod(x - a, b - a);
}

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

/*
 * R&D fixed-from-hindu-lunar, in Kali Yuga days: from the moment the
 * mean year puts the sun at the end of the month's sign, back by the
 * lunar day then in progress, then to the first day whose sunrise
 * finds the lunar day, or the next one when it was expunged.
 */
static int64_t
kali_day(int64_t y, int m, uint32_t flags, int day)
{
	int64_t months = (y + SY_LUNAR_ERA) * 12 + m - 1;
	double approx = (double)months * (394479457.0 / 12960000.0);
	double off = sy_solar_longitude(approx) / 360.0 - (m - 1) / 12.0;
	int64_t s = (int64_t)floor(approx - 394479457.0 / 1080000.0 *
	    (off - floor(off + 0.5)));
	int k = sy_lunar_day((double)s + 0.25);
	int64_t est, n;
	struct cal_date mid;

	if (k > 3 && k < 27) {
		est = s + day - k;
	} else {
		from_fixed(SY_EPOCH + s - 15, &mid);
		if (mid.month != m || ((mid.flags & CAL_FLAG_LEAP_MONTH) &&
		    !(flags & CAL_FLAG_LEAP_MONTH)))
			est = s + day - mod3(k, -15, 15);
		else
			est = s + day - mod3(k, 15, 45);
	}
	n = est - mod3(sy_lunar_day((double)est + 0.25) - day, -15, 15) - 1;
	for (;;) {
		k = sy_lunar_day(sy_sunrise(n));
		if (k == day || k == fx_amod(day + 1, 30))
			break;
		n++;
	}
	return (flags & CAL_FLAG_LEAP_DAY) ? n + 1 : n;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return SY_EPOCH + kali_day(d->year, d->month, d->flags, d->day);
}

/* Does year y have month m (the leap month m with the flag)? */
static int
has_month(int64_t y, int m, uint32_t flags)
{
	struct cal_date d;

	flags &= CAL_FLAG_LEAP_MONTH;
	from_fixed(SY_EPOCH + kali_day(y, m, flags, 15), &d);
	return d.year == y && d.month == m &&
	    (d.flags & CAL_FLAG_LEAP_MONTH) == flags;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	return has_month(y, m, flags) ? 30 : 0;
}

/* The year's first leap month, or 0. */
static int
leap(int64_t y)
{
	int m;

	for (m = 1; m <= 12; m++)
		if (has_month(y, m, CAL_FLAG_LEAP_MONTH))
			return 1;
	return 0;
}

/* An expunged day: its number's day is the next number's. */
static int
skipped(int64_t y, int m, uint32_t flags, int day)
{
	struct cal_date d;

	from_fixed(SY_EPOCH + kali_day(y, m, flags & CAL_FLAG_LEAP_MONTH,
	    day), &d);
	return d.day != day;
}

/* A day number that holds two sunrises: the next day is its leap day. */
static int
repeated(int64_t y, int m, uint32_t flags, int day)
{
	int64_t n = kali_day(y, m, flags & CAL_FLAG_LEAP_MONTH, day);

	return sy_lunar_day(sy_sunrise(n)) == day &&
	    sy_lunar_day(sy_sunrise(n + 1)) == day;
}

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
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = leap,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "hindu-lunar",
	.min_rd = MIN_RD,
	.max_rd = MAX_RD,
	.leap_months = 1,
	.skipped = skipped,
	.repeated = repeated,
};
