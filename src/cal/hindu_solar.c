/*
 * hindu_solar.c: the modern Hindu solar calendar (Orissa rule) of the
 * Surya Siddhanta, Saka years.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: hindu-solar-from-fixed, fixed-from-hindu-solar, on the
 * astronomy of surya.c.  Facts: a month is the time the true sun
 * (sidereal longitude, epicycles of the Surya Siddhanta) spends in one
 * sign of the zodiac, Mesha first; a day belongs to the sign the sun is
 * in at the next sunrise at Ujjain, and months have 29 to 32 days.
 * Years are Saka years, 3179 after the Kali Yuga's start (R&D
 * hindu-solar-era).
 * Months are numbered 1..12 (Mesha .. Mina), named by the hand-made
 * set "hindu-solar" of names_extra.c.
 * Epoch: the Kali Yuga, RD -1132959 (Julian -3101-02-18).
 * Range: RD -1132959 to 1132959 (Gregorian -3101-01-23 to 3102-12-09,
 * Saka -3179-01-04 to 3024-08-05): from the Kali Yuga's start to as many
 * days after RD 0, which keeps moments within 2^22 days of the epoch
 * (surya.h); the unit tests convert every day of it both ways.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "../sky/surya.h"
#include "hindu_common.h"

#define MIN_RD	SY_EPOCH
#define MAX_RD	(-SY_EPOCH)

static const char *const aliases[] = { "surya-solar", NULL };

/* The sign of the sun at the sunrise after day n (Kali Yuga days). */
static int
sign_of(int64_t n)
{
	return sy_zodiac(sy_sunrise(n + 1));
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t n = rd - SY_EPOCH;
	double critical = sy_sunrise(n + 1);
	int month = sy_zodiac(critical);
	int64_t start = n - 3 - fx_mod((int64_t)sy_solar_longitude(critical),
	    30);

	while (sign_of(start) != month)
		start++;
	d->year = sy_calendar_year(critical) - SY_SOLAR_ERA;
	d->month = month;
	d->day = (int)(n - start) + 1;
	d->flags = 0;
}

/*
 * The first day of month m of year y, in Kali Yuga days: from three days
 * before the mean sun enters the sign, the first whose next sunrise
 * finds the true sun in it (the mean and true sun differ by less than
 * 2.2 degrees).
 */
static int64_t
month_start(int64_t y, int m)
{
	int64_t months = (y + SY_SOLAR_ERA) * 12 + m - 1;
	int64_t n = fx_div(months * 394479457, 12 * 1080000) - 3;

	while (sign_of(n) != fx_amod(m, 12))
		n++;
	return n;
}

#define ORIGIN	SY_EPOCH
HC_SOLAR_FUNCTIONS

const struct calendar cal_hindu_solar = {
	.id = "hindu-solar",
	.aliases = aliases,
	.title = "Hindu solar (Surya Siddhanta, true sun, sunrise at "
	    "Ujjain), Saka years",
	.note = "months 1..12 from Mesha; Gregorian -3101..3102; R&D ch. 20",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = -3179,
	.max_year = 3024,
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "hindu-solar",
	.min_rd = MIN_RD,
	.max_rd = MAX_RD,
};
