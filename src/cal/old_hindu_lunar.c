/*
 * old_hindu_lunar.c: the old Hindu lunisolar calendar of the
 * Arya-siddhanta, by mean motions, with leap months and expunged days.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 10: arya-lunar-month, arya-lunar-day,
 * old-hindu-lunar-leap-year?, old-hindu-lunar-from-fixed,
 * fixed-from-old-hindu-lunar.  Facts: a mean lunar month of
 * 1577917500 / 53433336 = 131493125/4452778 days (29.53...), split
 * into 30 lunar days (tithis) of 26298625/26716668 days; mean solar
 * months of 210389/6912 days as in old_hindu_solar.c.  A lunar month
 * (new moon to new moon, amanta) takes the number of the solar month
 * in which it ends; one that begins and ends within a solar month is
 * a leap month (adhika), numbered like the month after it and coming
 * first.  A day is numbered by the lunar day in progress at its
 * sunrise (6 a.m.); a lunar day is shorter than a day, so now and then
 * one begins and ends between two sunrises and its number is skipped
 * (expunged): a month has 29 or 30 days numbered up to 30.  The year
 * (Kali Yuga years elapsed) begins with the month that begins in the
 * last solar month, Mina, of the solar year before.
 * Representation: month 1..12 (Chaitra first), the leap month marked
 * CAL_FLAG_LEAP_MONTH ("5124-06L-01"); days_in_month is 30, the
 * highest number, and skipped() names the expunged ones, which are
 * refused.  The year's leap month is number p = ceiling((the year's
 * first new moon - Mina's start) / (solar month - lunar month)) when
 * p <= 12, and there is none otherwise, as fixed-from-old-hindu-lunar
 * implies (checked against the day-by-day months over 400 years).
 * Month names: none (%B writes the number), since the name sets have
 * no form for a leap month.
 * Epoch: the Kali Yuga, Julian -3101-02-18 = RD -1132959.
 * Arithmetic: in integers, with the ratios reduced; lunar month /
 * solar month = 2160000/2226389.  R&D's rational formulas are
 * rewritten so that every product stays below 2^63: with n = rd -
 * epoch (|n| < 7.9e11), the new moons k < 2.7e10 and k * 2160000 <
 * 5.8e16; products with (4n + 1) go through muldiv(), whose remainder
 * products stay below 1.1e16; the lunar days T < 8.2e11 likewise.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147385416 to
 * 2147391617.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-1132959)	/* RD of the Kali Yuga's start */
#define LM_SM_N	INT64_C(2160000)	/* lunar month / solar month */
#define LM_SM_D	INT64_C(2226389)
#define TITHI_N	INT64_C(26298625)	/* a lunar day, in days */
#define TITHI_D	INT64_C(26716668)

static const char *const aliases[] = { "arya-lunar", NULL };

/*
 * floor((x * a + c) / b) for a, b > 0 and c >= 0, without forming x * a:
 * x = q * b + r with 0 <= r < b, so it is q * a + floor((r * a + c) /
 * b), and (b - 1) * a + c is below 1.2e16 for every use here.
 */
static int64_t
muldiv(int64_t x, int64_t a, int64_t b, int64_t c)
{
	int64_t q = fx_div(x, b);

	return q * a + ((x - q * b) * a + c) / b;
}

/*
 * The count of lunar months from the epoch to the first of year y (R&D's
 * lunar-new-year over arya-lunar-month), and the year's leap month p
 * (none when p > 12).
 */
static int64_t
year_start(int64_t y, int *p)
{
	int64_t mina = 12 * y - 1;	/* solar months before Mina's end */
	int64_t l = 1 + fx_div(mina * LM_SM_D, LM_SM_N);
	int64_t num = l * LM_SM_N - mina * LM_SM_D;	/* 1..LM_SM_N */

	*p = (int)((num + (LM_SM_D - LM_SM_N) - 1) / (LM_SM_D - LM_SM_N));
	return l;
}

/* The lunar days from the epoch to the first of d's day number. */
static int64_t
tithi(int64_t y, int m, uint32_t flags, int d)
{
	int p;
	int64_t l = year_start(y, &p);
	int idx = !(flags & CAL_FLAG_LEAP_MONTH) && p <= m ? m : m - 1;

	return 30 * (l + idx) + d - 1;
}

/* The day whose sunrise is the first after lunar day t began. */
static int64_t
tithi_day(int64_t t)
{
	return EPOCH + muldiv(t, 4 * TITHI_N, 4 * TITHI_D, 3 * TITHI_D - 1);
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return tithi_day(tithi(d->year, d->month, d->flags, d->day));
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t sun = 4 * (rd - EPOCH) + 1;	/* sunrise, in quarter days */
	int64_t k = muldiv(sun, 2226389, 262986250, 0);	/* new moons */
	int64_t j = fx_div(k * LM_SM_N, LM_SM_D);
	int64_t rem = k * LM_SM_N - j * LM_SM_D;
	int64_t t = muldiv(sun, 6679167, 26298625, 0);	/* lunar days */

	/* The month began within a solar month and ends in it: leap. */
	d->flags = rem > 0 && rem <= LM_SM_D - LM_SM_N ?
	    CAL_FLAG_LEAP_MONTH : 0;
	d->month = (int)fx_mod(j + (rem > 0), 12) + 1;
	d->day = (int)fx_mod(t, 30) + 1;
	d->year = -fx_div(-(LM_SM_N * k + LM_SM_D), 12 * LM_SM_D) - 1;
}

static int
leap_month(int64_t y)
{
	int p;

	year_start(y, &p);
	return p <= 12 ? p : 0;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	if ((flags & CAL_FLAG_LEAP_MONTH) && leap_month(y) != m)
		return 0;
	return 30;
}

static int
leap(int64_t y)
{
	return leap_month(y) != 0;
}

/* An expunged day: its lunar day and the next begin by one sunrise. */
static int
skipped(int64_t y, int m, uint32_t flags, int d)
{
	int64_t t = tithi(y, m, flags, d);

	return tithi_day(t) == tithi_day(t + 1);
}

const struct calendar cal_old_hindu_lunar = {
	.id = "old-hindu-lunar",
	.aliases = aliases,
	.title = "old Hindu lunisolar (Arya-siddhanta, mean sun and moon), "
	    "Kali Yuga years elapsed",
	.note = "leap month written 06L; some day numbers are skipped; R&D "
	    "ch. 10",
	.kind = CAL_LUNISOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147385416),
	.max_year = INT64_C(2147391617),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = NULL,
	.leap_months = 1,
	.skipped = skipped,
};
