/*
 * old_hindu_solar.c: the old Hindu solar calendar of the
 * Arya-siddhanta (Aryabhata, 499 CE), by mean motions.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 10: hindu-epoch, hindu-day-count, arya-solar-year,
 * arya-solar-month, old-hindu-solar-from-fixed,
 * fixed-from-old-hindu-solar.  Facts: a mean sidereal year of
 * 1577917500 / 4320000 = 210389/576 days (the days of a mahayuga over
 * its 4320000 years), twelve mean solar months of 210389/6912 days
 * (30.438...), named for the signs of the zodiac (Mesha first); a day
 * belongs to the month in progress at its sunrise, taken as 6 a.m.
 * (R&D's hr 6), and is numbered from the first sunrise of the month,
 * so months have 30 or 31 days.  Years are years elapsed of the Kali
 * Yuga (R&D), so year 0 began at the epoch.
 * Epoch: the Kali Yuga, Julian 18 February 3102 BCE (-3101-02-18) =
 * RD -1132959, midnight at Ujjain.
 * Months are numbered 1..12; the name sets have no zodiacal names for
 * them, so %B writes the number.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147385416 to
 * 2147391617.  Overflow: with n = rd - epoch, |n| < 7.9e11, the largest
 * product is (4n + 1) * 1728 < 5.5e15; to_fixed's numerator is below
 * 2.2e9 * 2524668 < 5.6e15.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-1132959)	/* RD of the Kali Yuga's start */
/* A year is YEAR_N/576 days, a month YEAR_N/6912 (R&D arya-solar-*). */
#define YEAR_N	INT64_C(210389)

static const char *const aliases[] = { "arya-solar", NULL };

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* Sunrise, n + 1/4 days after the epoch, in 1/6912ths of a day. */
	int64_t sun = (4 * (rd - EPOCH) + 1) * 1728;
	int64_t months = fx_div(sun, YEAR_N);		/* floor(sun / S) */

	d->year = fx_div(months, 12);
	d->month = (int)(months - d->year * 12) + 1;
	d->day = (int)((sun - months * YEAR_N) / 6912) + 1;
	d->flags = 0;
}

/*
 * R&D fixed-from-old-hindu-solar: the first day whose sunrise falls in
 * the month, plus the day: ceiling(epoch + y * Y + (m - 1) * S + d -
 * 30 hours), in 1/6912ths of a day.
 */
static int64_t
fixed(int64_t y, int m, int d)
{
	int64_t n = (y * 12 + m - 1) * YEAR_N + (int64_t)d * 6912 - 8640;

	return EPOCH - fx_div(-n, 6912);
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return fixed(d->year, d->month, d->day);
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return (int)(fixed(y, m + 1, 1) - fixed(y, m, 1));
}

const struct calendar cal_old_hindu_solar = {
	.id = "old-hindu-solar",
	.aliases = aliases,
	.title = "old Hindu solar (Arya-siddhanta, mean sun), Kali Yuga "
	    "years elapsed",
	.note = "months 1..12 from Mesha; R&D ch. 10",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147385416),
	.max_year = INT64_C(2147391617),
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = NULL,
};
