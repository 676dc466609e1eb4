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
 * off Sunday, Wednesday and Friday (R&D hebrew-calendar-elapsed-days).
 * The first molad fell 5 hours 204 parts after 6 p.m. on the eve of the
 * epoch; 6 hours more (12084 parts in all) make the floor roll over at
 * noon, which applies the rule that a molad at or after noon delays
 * the new year (molad zaken).
 */
static int64_t
elapsed(int64_t y)
{
	int64_t months_elapsed = fx_div(235 * y - 234, 19);
	int64_t parts = 12084 + 13753 * months_elapsed;
	int64_t days = 29 * months_elapsed + fx_div(parts, 25920);

	return fx_mod(3 * (days + 1), 7) < 3 ? days + 1 : days;
}

/* RD of 1 Tishrei of year y (R&D hebrew-new-year). */
static int64_t
new_year(int64_t y)
{
	int64_t ny0 = elapsed(y - 1), ny1 = elapsed(y), ny2 = elapsed(y + 1);
	int correction = 0;

	if (ny2 - ny1 == 356)
		correction = 2;		/* the next year would be too long */
	else if (ny1 - ny0 == 382)
		correction = 1;		/* the last year would be too short */
	return EPOCH + ny1 + correction;
}

static int
year_days(int64_t y)
{
	return (int)(new_year(y + 1) - new_year(y));
}

/*
 * Days before month m in a year of len days.  The months alternate 30
 * and 29 days from Tishrei, Adar I (leap years) adding a 30-day month
 * after Shevat; then Heshvan gains a day in a complete year (355, 385)
 * and Kislev loses one in a deficient year (353, 383).
 */
static int
before(int m, int len)
{
	int n = 29 * (m - 1) + m / 2;

	if (len > 355 && m > 6)
		n = 29 * (m - 2) + (m - 1) / 2 + 30;
	if (m > 2 && len % 10 == 5)
		n++;
	if (m > 3 && len % 10 == 3)
		n--;
	return n;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	int len = year_days(y);

	(void)flags;
	return before(m + 1, len) - before(m, len);
}

static int64_t
to_fixed(const struct cal_date *d)
{
	int64_t ny = new_year(d->year);

	return ny + before(d->month, (int)(new_year(d->year + 1) - ny)) +
	    d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	/* The mean year is 35975351/98496 days; the estimate is close. */
	int64_t y = fx_div(98496 * (rd - EPOCH), 35975351) + 1;
	int64_t ny;
	int doy, len, m;

	while (new_year(y) > rd)
		y--;
	while (new_year(y + 1) <= rd)
		y++;
	ny = new_year(y);
	len = (int)(new_year(y + 1) - ny);
	doy = (int)(rd - ny);
	/* Every month has at least 29 days, so this starts at or before it. */
	m = doy / 30 + 1;
	while (before(m + 1, len) <= doy)
		m++;
	d->year = y;
	d->month = m;
	d->day = doy - before(m, len) + 1;
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
