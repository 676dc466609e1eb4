/*
 * fixed.c: month and year arithmetic shared by several calendars.
 *
 * Sources: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 2: gregorian-leap-year? and the month formula of
 * gregorian-from-fixed; H. Hinnant's days_from_civil/civil_from_days
 * for the Gregorian conversions (fixed.h); ch. 4: fixed-from-coptic,
 * coptic-from-fixed; ch. 1: fixed-from-egyptian, egyptian-from-fixed.
 * Years are astronomical (year 0 exists).
 *
 * Overflow: the callers pass |year| <= 2.2e9, |rd| <= 7.9e11 and
 * epochs within 3e6 days of RD 0, so 365 * year < 8.1e11 and
 * 4 * (rd - epoch) < 3.2e12 are the largest terms; int64_t holds
 * 9.2e18.
 */
#include "fixed.h"

/* Days before the first of each month in a common year. */
static const int before_month[13] = {
	0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
};

int
fx_jmonth_days(int m, int leap)
{
	static const int len[13] = {
		0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 ? 28 + leap : len[m];
}

int
fx_jmonth_before(int m, int leap)
{
	return before_month[m] + (m > 2 ? leap : 0);
}

int
fx_jmonth_of(int doy, int leap)
{
	/*
	 * Shift the days after February as if it had 30 days; then
	 * (12 * day + 373) / 367 lands on the month (R&D 2.22).
	 */
	if (doy >= 59 + leap)
		doy += 2 - leap;
	return (12 * doy + 373) / 367;
}

int
fx_twelve(int64_t y)
{
	(void)y;
	return 12;
}

int
fx_thirteen(int64_t y)
{
	(void)y;
	return 13;
}

int
fx_one(int64_t y)
{
	(void)y;
	return 1;
}

int
fx_greg_leap(int64_t y)
{
	return fx_mod(y, 4) == 0 && (fx_mod(y, 100) != 0 || fx_mod(y, 400) == 0);
}

/* The Gregorian year holding RD rd. */
int64_t
fx_greg_year(int64_t rd)
{
	int64_t y;
	int m, d;

	fx_greg_date(rd, &y, &m, &d);
	return y;
}

/* RD of a valid date of a Coptic-style year 1 of which starts on epoch. */
int64_t
fx_coptic_fixed(int64_t epoch, int64_t y, int m, int d)
{
	return epoch - 1 + 365 * (y - 1) + fx_div(y, 4) + 30 * (m - 1) + d;
}

/* The Coptic-style date of RD rd. */
void
fx_coptic_date(int64_t epoch, int64_t rd, int64_t *y, int *m, int *d)
{
	/* Four years are exactly 1461 days, the last of them leap. */
	int64_t year = fx_div(4 * (rd - epoch) + 1463, 1461);
	int doy = (int)(rd - fx_coptic_fixed(epoch, year, 1, 1));

	*y = year;
	*m = doy / 30 + 1;
	*d = doy % 30 + 1;
}

/* RD of a valid date of a 365-day year 1 of which starts on epoch. */
int64_t
fx_egypt_fixed(int64_t epoch, int64_t y, int m, int d)
{
	return epoch + 365 * (y - 1) + 30 * (m - 1) + d - 1;
}

/* The date of RD rd in such a year. */
void
fx_egypt_date(int64_t epoch, int64_t rd, int64_t *y, int *m, int *d)
{
	int64_t days = rd - epoch;
	int doy = (int)fx_mod(days, 365);

	*y = fx_div(days, 365) + 1;
	*m = doy / 30 + 1;
	*d = doy % 30 + 1;
}

int64_t
fx_year_holding(int64_t rd, int64_t guess, int64_t lo, int64_t hi,
    int64_t (*first)(int64_t))
{
	int64_t y = guess < lo ? lo : guess > hi ? hi : guess;

	while (y > lo && first(y) > rd)
		y--;
	while (y < hi && first(y + 1) <= rd)
		y++;
	return y;
}
