/*
 * tibetan.c: the Tibetan lunisolar calendar of the Phugpa school, with
 * leap months, skipped days and leap days.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 21: tibetan-sun-equation, tibetan-moon-equation,
 * fixed-from-tibetan, tibetan-from-fixed, tibetan-leap-month?,
 * tibetan-leap-day?.  Facts: the lunar days (tithis) are counted
 * without a break from the epoch; lunar day T ends at the moment
 * epoch + T * 11135/11312 - 30 + 1071/1616 - sun(T) + moon(T) (days),
 * where the equations of the sun and moon are R&D's tables
 * (0, 6, 10, 11 sixtieths; 0, 5, 10, 15, 19, 22, 24, 25 sixtieths),
 * interpolated at the anomalies 12 frac((13 T + 2117) / 4824) and 28
 * frac((3781 T + 19859) / 105840).  With F(T) the day in which that
 * moment falls, day F(T) - 1 bears the number of T (fixed-from-tibetan
 * with leap-day false); when F(T + 1) = F(T) + 2, day F(T) bears it
 * again as the leap day, written with an L after the day, and when
 * F(T + 1) = F(T) the number of T is skipped.  Month N (counted from
 * the epoch, N = 12 (year - 1) + month - 1) is lunar month
 * floor((67 N + 131) / 65) since the epoch; where that count jumps by
 * two, the month between is the leap month, numbered like the month
 * after it and coming first (R&D's months formula, rewritten).
 * Representation: month 1..12, the leap month CAL_FLAG_LEAP_MONTH
 * ("1807-06L-04"), the leap day CAL_FLAG_LEAP_DAY ("1616-11-28L");
 * days_in_month is 30, the highest number; skipped() and repeated()
 * name the day numbers left out and those with a leap day.
 * Month names: none (%B writes the number).
 * Epoch: Gregorian -0127-12-07 = RD -46410 (R&D tibetan-epoch).
 * Arithmetic: exact, in integers over the common denominator 1534755600
 * of the three fractions, so F(T) is exact for every T.  With |rd| <
 * 7.9e11, |T| < 8.1e11: 11135 T < 9.1e15 and 3781 T < 3.1e15; the
 * remainders combined stay below 2.5e9.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147318050 to
 * 2147318304.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-46410)		/* RD of the Tibetan epoch */

static const char *const aliases[] = { "phugpa", NULL };

/*
 * An equation table at x = num / den (0 <= x < 4 * quarter), in
 * sixtieths times den: linear between the table's nodes, symmetric
 * about quarter and negated in the second half (R&D
 * tibetan-sun-equation, tibetan-moon-equation).
 */
static int64_t
equation(const int *tab, int quarter, int64_t num, int64_t den)
{
	int64_t i;

	if (num > 2 * quarter * den)
		return -equation(tab, quarter, num - 2 * quarter * den, den);
	if (num > quarter * den)
		num = 2 * quarter * den - num;
	i = num / den;
	if (i == quarter)
		return tab[i] * den;
	return tab[i] * den + (num - i * den) * (tab[i + 1] - tab[i]);
}

/* F(T): the day in which lunar day T ends. */
static int64_t
end_day(int64_t t)
{
	static const int sun[4] = { 0, 6, 10, 11 };
	static const int moon[8] = { 0, 5, 10, 15, 19, 22, 24, 25 };
	int64_t q = fx_div(11135 * t + 7497, 11312);
	int64_t r = 11135 * t + 7497 - q * 11312;
	int64_t s = equation(sun, 3, fx_mod(13 * t + 2117, 4824), 402);
	int64_t m = equation(moon, 7, fx_mod(3781 * t + 19859, 105840), 3780);

	/* 11312, 60 * 402 and 60 * 3780 into 1534755600. */
	return EPOCH - 30 + q + fx_div(r * 135675 - s * 63630 + m * 6767,
	    INT64_C(1534755600));
}

/* The lunar month count of month N, and N's leap month's (one less). */
static int64_t
months_of(int64_t n)
{
	return fx_div(67 * n + 131, 65);
}

/* The month index N of year y, month m. */
static int64_t
index_of(int64_t y, int m)
{
	return 12 * (y - 1) + m - 1;
}

/* Lunar day T of a date (whose month is valid). */
static int64_t
tithi(int64_t y, int m, uint32_t flags, int d)
{
	int64_t k = months_of(index_of(y, m));

	if (flags & CAL_FLAG_LEAP_MONTH)
		k--;
	return 30 * k + d;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	int64_t t = tithi(d->year, d->month, d->flags, d->day);

	return end_day(t) - 1 + ((d->flags & CAL_FLAG_LEAP_DAY) ? 1 : 0);
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* A lunar day is 0.98 days: start near, then settle. */
	int64_t t = fx_div((rd - EPOCH + 31) * 11312, 11135);
	int64_t k, n, a = end_day(t), b;

	/*
	 * a = end_day(t), each lunar day's end computed once: back while
	 * t ends after rd's day, else on while t + 1 ends on or before it.
	 */
	if (a - 1 > rd) {
		do
			a = end_day(--t);
		while (a - 1 > rd);
	} else {
		while ((b = end_day(t + 1)) - 1 <= rd) {
			t++;
			a = b;
		}
	}
	d->flags = a - 1 < rd ? CAL_FLAG_LEAP_DAY : 0;
	k = fx_div(t - 1, 30);
	d->day = (int)(t - 30 * k);
	/* The first month N whose count reaches k; short of it: leap. */
	n = -fx_div(-(65 * k - 131), 67);
	if (months_of(n) != k)
		d->flags |= CAL_FLAG_LEAP_MONTH;
	d->year = fx_div(n, 12) + 1;
	d->month = (int)fx_mod(n, 12) + 1;
}

/* Has month m of year y a leap month before it? */
static int
leap_before(int64_t y, int m)
{
	int64_t n = index_of(y, m);

	return months_of(n) - months_of(n - 1) == 2;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	if ((flags & CAL_FLAG_LEAP_MONTH) && !leap_before(y, m))
		return 0;
	return 30;
}

static int
leap(int64_t y)
{
	int m;

	for (m = 1; m <= 12; m++)
		if (leap_before(y, m))
			return 1;
	return 0;
}

static int
skipped(int64_t y, int m, uint32_t flags, int d)
{
	int64_t t = tithi(y, m, flags, d);

	return end_day(t) == end_day(t + 1);
}

static int
repeated(int64_t y, int m, uint32_t flags, int d)
{
	int64_t t = tithi(y, m, flags, d);

	return end_day(t + 1) == end_day(t) + 2;
}

const struct calendar cal_tibetan = {
	.id = "tibetan",
	.aliases = aliases,
	.title = "Tibetan lunisolar (Phugpa)",
	.note = "leap month 06L, leap day 15L, some day numbers skipped; "
	    "R&D ch. 21",
	.kind = CAL_LUNISOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147318050),
	.max_year = INT64_C(2147318304),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = NULL,
	.leap_months = 1,
	.skipped = skipped,
	.repeated = repeated,
};
