/*
 * hebrew.c: the arithmetic Hebrew calendar (the fixed calendar of the
 * molad and the postponements, dehiyyot).
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 8: hebrew-leap-year?, hebrew-calendar-elapsed-days,
 * hebrew-year-length-correction, hebrew-new-year,
 * last-day-of-hebrew-month, fixed-from-hebrew, hebrew-from-fixed.
 * Facts: a year is leap (13 months) when (7y + 1) mod 19 < 7; the mean
 * month is 29 days 13753 parts (1080 parts an hour); Tishrei 1 is the
 * day of the molad of Tishrei, delayed one day when that day would be
 * Sunday, Wednesday or Friday, or the molad falls at or after noon, and
 * by the year-length correction so that no year has 356 or 382 days.
 * Years have 353, 354 or 355 days, leap years 383, 384 or 385; the
 * length sets Heshvan (30 days in a complete year) and Kislev (29 in a
 * deficient one).
 *
 * Month numbering (a choice of this program, not R&D's, which starts
 * with Nisan): the months in the order of the year from Tishrei, so
 *   common year  1 Tishrei, 2 Heshvan, 3 Kislev, 4 Tevet, 5 Shevat,
 *                6 Adar, 7 Nisan, 8 Iyyar, 9 Sivan, 10 Tammuz, 11 Av,
 *                12 Elul;
 *   leap year    1 Tishrei .. 5 Shevat, 6 Adar I, 7 Adar II, 8 Nisan,
 *                9 Iyyar .. 13 Elul.
 * So Nisan and the months after it are numbered one higher in a leap
 * year (ICU instead keeps a slot for Adar I that common years skip).
 *
 * Epoch: 1 Tishrei AM 1 = RD -1373427 (Julian -3760-10-07, 3761 BCE),
 * R&D hebrew-epoch.  The arithmetic is extended proleptically to every
 * year, before the calendar was fixed (4th century) and after.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147454475 to
 * 2147461995.
 * Overflow: |y| < 2.2e9, so 235y < 5.2e11 and the months elapsed are
 * below 2.8e10; the parts elapsed, 13753 times that, stay below
 * 3.9e14; 3 * (days + 1) < 2.5e12; and from_fixed's estimate
 * 98496 * |rd - epoch| < 7.8e16.  All are far below 9.2e18.
 */
#include "../calendar.h"
#include "../fixed.h"

#define EPOCH	INT64_C(-1373427)	/* RD of 1 Tishrei AM 1 */

static const char *const aliases[] = { "jewish", NULL };

static int
leap(int64_t y)
{
	return fx_mod(7 * y + 1, 19) < 7;
}

static int
months(int64_t y)
{
	return 12 + leap(y);
}

/*
 * Days from the epoch's eve to the molad of Tishrei of year y, moved
 * off Sunday, Wednesday and Friday (R&D hebrew-calendar-elapsed-days),
 * for n consecutive years y .. y + n - 1 into e[0 .. n-1].
 * The first molad fell 5 hours 204 parts after 6 p.m. on the eve of the
 * epoch; 6 hours more (12084 parts in all) make the floor roll over at
 * noon, which applies the rule that a molad at or after noon delays
 * the new year (molad zaken).
 * The first year is R&D's arithmetic: months elapsed floor((235y -
 * 234) / 19), parts 12084 + 13753 months, days 29 months + floor(parts
 * / 25920).  Each next year adds its months, 12, or 13 when the
 * remainder of 235y - 234 by 19 passes 19 again (235 = 12 * 19 + 7),
 * so the divisions are not repeated: 12 months are 354 days and 9516
 * parts, 13 months 383 days and 23269 parts, the parts carrying a day
 * at 25920.  The day is delayed when 3 (days + 1) mod 7 < 3, that is
 * when (days + 1) mod 7 is 0, 3 or 5 (bits of DELAYED).
 */
#define DELAYED	0x29u

static void
elapsed_run(int64_t y, int64_t *e, int n)
{
	int64_t a = 235 * y - 234, months = fx_div(a, 19);
	int64_t parts = 12084 + 13753 * months, pd = fx_div(parts, 25920);
	int64_t days = 29 * months + pd;
	int r = (int)(a - 19 * months);			/* 0..18 */
	int pr = (int)(parts - 25920 * pd);		/* 0..25919 */
	int k = (int)fx_mod(days + 1, 7);		/* (days + 1) mod 7 */
	int i;

	for (i = 0;; i++) {
		e[i] = days + ((DELAYED >> k) & 1);
		if (i + 1 == n)
			break;
		r += 7;
		if (r >= 19) {
			r -= 19;
			days += 383;
			pr += 23269;
			k += 5;				/* 383 mod 7 */
		} else {
			days += 354;
			pr += 9516;
			k += 4;				/* 354 mod 7 */
		}
		if (pr >= 25920) {
			pr -= 25920;
			days++;
			k++;
		}
		if (k >= 7)
			k -= 7;
	}
}

/*
 * RD of 1 Tishrei of year y from e0, e1, e2, the elapsed days of years
 * y - 1, y, y + 1 (R&D hebrew-new-year with
 * hebrew-year-length-correction).
 */
static int64_t
new_year_of(int64_t e0, int64_t e1, int64_t e2)
{
	if (e2 - e1 == 356)
		return EPOCH + e1 + 2;	/* the next year, too long */
	if (e1 - e0 == 382)
		return EPOCH + e1 + 1;	/* the last year, too short */
	return EPOCH + e1;
}

/*
 * The new year and the length of the year last asked for, a cache of
 * a pure computation (see calendar.h): validation asks for the year's
 * length, then to_fixed() for the same year, and runs of dates stay in
 * one year.  len 0: empty.
 */
struct year {
	int64_t	y;
	int64_t	ny;		/* RD of 1 Tishrei */
	int	len;		/* 353..355, 383..385 */
};
static _Thread_local struct year last;

/* Year y's new year and length, from elapsed days of y - 1 .. y + 2. */
static const struct year *
year_of(int64_t y)
{
	int64_t e[4], ny;

	if (last.len != 0 && last.y == y)
		return &last;
	elapsed_run(y - 1, e, 4);
	ny = new_year_of(e[0], e[1], e[2]);
	last.y = y;
	last.ny = ny;
	last.len = (int)(new_year_of(e[1], e[2], e[3]) - ny);
	return &last;
}

/*
 * Days before each month in a year of each length, row by length
 * (353, 354, 355, then the leap 383, 384, 385; see kind()), entry m -
 * 1 for month m and entry 12 or 13 the year's length.  The months
 * alternate 30 and 29 days from Tishrei, Adar I (leap years) adding a
 * 30-day month after Shevat; Heshvan gains a day in a complete year
 * (355, 385) and Kislev loses one in a deficient year (353, 383) (R&D
 * last-day-of-hebrew-month, long-marheshvan?, short-kislev?).
 */
static const int16_t before_tab[6][14] = {
	{ 0, 30, 59, 88, 117, 147, 176, 206, 235, 265, 294, 324, 353, 383 },
	{ 0, 30, 59, 89, 118, 148, 177, 207, 236, 266, 295, 325, 354, 384 },
	{ 0, 30, 60, 90, 119, 149, 178, 208, 237, 267, 296, 326, 355, 385 },
	{ 0, 30, 59, 88, 117, 147, 177, 206, 236, 265, 295, 324, 354, 383 },
	{ 0, 30, 59, 89, 118, 148, 178, 207, 237, 266, 296, 325, 355, 384 },
	{ 0, 30, 60, 90, 119, 149, 179, 208, 238, 267, 297, 326, 356, 385 },
};

/* The row of before_tab of a year of len days. */
static const int16_t *
kind(int len)
{
	return before_tab[len - (len > 355 ? 380 : 353)];
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	const int16_t *before = kind(year_of(y)->len);

	(void)flags;
	return before[m] - before[m - 1];
}

/* R&D fixed-from-hebrew. */
static int64_t
to_fixed(const struct cal_date *d)
{
	const struct year *yr = year_of(d->year);

	return yr->ny + kind(yr->len)[d->month - 1] + d->day - 1;
}

/*
 * R&D hebrew-from-fixed: the year from the mean year, 35975351/98496
 * days, then moved until its new year is on or before rd and the next
 * one after it; the elapsed days of four consecutive years give a
 * year's new year and the next one, and a move needs one more.
 */
static void
from_fixed(int64_t rd, struct cal_date *d)
{
	const int16_t *before;
	int64_t y, ny, next, e[4];
	int doy, len, m;

	if (last.len != 0 && rd >= last.ny && rd - last.ny < last.len) {
		y = last.y;
		ny = last.ny;
		len = last.len;
	} else {
		y = fx_div(98496 * (rd - EPOCH), 35975351) + 1;
		elapsed_run(y - 1, e, 4);
		for (;;) {
			ny = new_year_of(e[0], e[1], e[2]);
			next = new_year_of(e[1], e[2], e[3]);
			if (ny > rd) {
				y--;
				e[3] = e[2];
				e[2] = e[1];
				e[1] = e[0];
				elapsed_run(y - 1, e, 1);
			} else if (next <= rd) {
				y++;
				e[0] = e[1];
				e[1] = e[2];
				e[2] = e[3];
				elapsed_run(y + 2, e + 3, 1);
			} else {
				break;
			}
		}
		len = (int)(next - ny);
		last.y = y;
		last.ny = ny;
		last.len = len;
	}
	doy = (int)(rd - ny);
	before = kind(len);
	/* Every month has at least 29 days, so this starts at or before it. */
	m = doy / 30 + 1;
	while (before[m] <= doy)
		m++;
	d->year = y;
	d->month = m;
	d->day = doy - before[m - 1] + 1;
	d->flags = 0;
}

/*
 * Month names: the CLDR slots are Tishri 1 .. Shevat 5, Adar I 6,
 * Adar 7, Nisan 8 .. Elul 13 and Adar II 14.  A common year's Adar
 * (month 6) is slot 7; a leap year's Adar I and Adar II (months 6, 7)
 * are slots 6 and 14.  Read back, "Adar" in a leap year is Adar II, as
 * the festivals of Adar fall in Adar II; Adar I or II in a common year
 * is no month.
 */
static int
month_slot(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	if (m <= 5)
		return m;
	if (leap(y))
		return m == 7 ? 14 : m;
	return m + 1;
}

static int
slot_month(int64_t y, int slot)
{
	if (slot <= 5)
		return slot;
	if (leap(y))
		return slot == 14 ? 7 : slot;
	return slot == 6 || slot == 14 ? 0 : slot - 1;
}

const struct calendar cal_hebrew = {
	.id = "hebrew",
	.aliases = aliases,
	.title = "Hebrew (arithmetic, molad and dehiyyot), months from "
	    "Tishrei",
	.note = "month 1 = Tishrei; common years 6 = Adar, 7 = Nisan .. "
	    "12 = Elul; leap years 6 = Adar I, 7 = Adar II, 8 = Nisan .. "
	    "13 = Elul",
	.kind = CAL_LUNISOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147454475),
	.max_year = INT64_C(2147461995),
	FX_CALENDAR_FUNCTIONS(months),
	.names = "hebrew",
	.month_slot = month_slot,
	.slot_month = slot_month,
	.week_start = 7,	/* Sunday */
};
