/*
 * indian.c: the Indian national calendar (Saka era), the civil
 * calendar of the Government of India.
 *
 * Source: Report of the Calendar Reform Committee (Government of India,
 * CSIR, 1955), adopted from 1 Chaitra 1879 Saka = 22 March 1957; the
 * same rules in the Explanatory Supplement to the Astronomical Almanac
 * (1992), ch. 12.  Facts: Chaitra has 30 days, 31 in a leap year;
 * Vaishakha to Bhadra (months 2-6) 31; Ashvina to Phalguna (7-12) 30.
 * Saka year y is leap when Gregorian year y + 78 is, and 1 Chaitra is
 * 22 March of that Gregorian year, 21 March in a leap year, so the
 * calendar keeps step with the Gregorian one (ICU's indian calendar is
 * the same).
 * Epoch: 1 Chaitra 1 Saka = RD 28570 (Gregorian 0079-03-22), reached
 * through the Gregorian arithmetic of fixed.c.  Dates before 1957 are
 * proleptic.
 * Years are astronomical: year 0 precedes Saka 1.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, years -2147483726 to
 * 2147483569.  Overflow: only the Gregorian arithmetic of fixed.c, on
 * years below 2.2e9.
 */
#include "../calendar.h"
#include "../fixed.h"

#define SAKA	78	/* Gregorian year - Saka year, from Chaitra 1 */

static const char *const aliases[] = { "saka", "indian-national", NULL };

static int
leap(int64_t y)
{
	return fx_greg_leap(y + SAKA);
}

/* RD of 1 Chaitra of year y. */
static int64_t
new_year(int64_t y)
{
	int lp = leap(y);

	return fx_greg_fixed(y + SAKA, 3, 22 - lp);
}

/* Days before month m: Chaitra, five months of 31, then 30s. */
static int
before(int m, int lp)
{
	if (m == 1)
		return 0;
	if (m <= 7)
		return 30 + lp + 31 * (m - 2);
	return 30 + lp + 155 + 30 * (m - 7);
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	if (m == 1)
		return 30 + leap(y);
	return m <= 6 ? 31 : 30;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return new_year(d->year) + before(d->month, leap(d->year)) +
	    d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = fx_greg_year(rd) - SAKA;
	int doy, lp, m;

	if (rd < new_year(y))
		y--;			/* January to March 20/21 */
	lp = leap(y);
	doy = (int)(rd - new_year(y));
	if (doy < 30 + lp)
		m = 1;
	else if (doy < 30 + lp + 155)
		m = 2 + (doy - 30 - lp) / 31;
	else
		m = 7 + (doy - 30 - lp - 155) / 30;
	d->year = y;
	d->month = m;
	d->day = doy - before(m, lp) + 1;
	d->flags = 0;
}

const struct calendar cal_indian = {
	.id = "indian",
	.aliases = aliases,
	.title = "Indian national calendar, Saka era (1 Chaitra = 22 March)",
	.note = "proleptic before 1 Chaitra 1879 (1957-03-22)",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2147483726),
	.max_year = INT64_C(2147483569),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "indian",
	.week_start = 7,	/* Sunday */
};
