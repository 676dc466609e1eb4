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

/*
 * R&D hindu-solar-from-fixed: the sign of the sun at the next sunrise
 * and the first day of its run.  About 8 k instructions a day: the
 * days of hso_years[] are read there instead (from_fixed()).
 */
void
hso_from_fixed_sky(int64_t rd, struct cal_date *d)
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
 * 2.2 degrees).  R&D fixed-from-hindu-solar; month_start() reads the
 * years of hso_years[] instead.
 */
int64_t
hso_month_start_sky(int64_t y, int m)
{
	int64_t months = (y + SY_SOLAR_ERA) * 12 + m - 1;
	int64_t n = fx_div(months * 394479457, 12 * 1080000) - 3;

	while (sign_of(n) != fx_amod(m, 12))
		n++;
	return n;
}

/* The first day of month m (1..13: the next year's first) of year y. */
static int64_t
month_start(int64_t y, int m)
{
	int64_t i = y - HSO_FIRST;
	uint32_t len;
	int k;

	if (i < 0 || i >= HSO_YEARS)
		return hso_month_start_sky(y, m);
	len = hso_years[i][1];
	y = (int64_t)hso_years[i][0] - SY_EPOCH;
	for (k = 0; k < m - 1; k++)
		y += 29 + (len >> 2 * k & 3);
	return y;
}

/*
 * A day of hso_years[]: its year from the mean sidereal year, its
 * month by the months' lengths; hso_from_fixed_sky() elsewhere.
 */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t i, first = hso_years[0][0], start;
	uint32_t len;
	int m;

	i = (int64_t)((double)(rd - first) / 365.25636);
	if (rd < first || i > HSO_YEARS) {
		hso_from_fixed_sky(rd, d);
		return;
	}
	if (i > HSO_YEARS - 1)
		i = HSO_YEARS - 1;
	while (i > 0 && (int64_t)hso_years[i][0] > rd)
		i--;
	while (i + 1 < HSO_YEARS && (int64_t)hso_years[i + 1][0] <= rd)
		i++;
	len = hso_years[i][1];
	start = hso_years[i][0];
	for (m = 1; m <= 12 && rd >= start + 29 + (len >> 2 * (m - 1) & 3);
	    m++)
		start += 29 + (len >> 2 * (m - 1) & 3);
	if (m > 12) {		/* after the last year of the table */
		hso_from_fixed_sky(rd, d);
		return;
	}
	d->year = HSO_FIRST + i;
	d->month = m;
	d->day = (int)(rd - start) + 1;
	d->flags = 0;
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
