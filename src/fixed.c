/*
 * fixed.c: month and year arithmetic shared by several calendars.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 2: gregorian-leap-year?, fixed-from-gregorian,
 * gregorian-year-from-fixed, gregorian-from-fixed; ch. 4:
 * fixed-from-coptic, coptic-from-fixed; ch. 1: fixed-from-egyptian,
 * egyptian-from-fixed.  Years are astronomical (year 0 exists).
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

/* RD of a valid Gregorian date (R&D fixed-from-gregorian). */
int64_t
fx_greg_fixed(int64_t y, int m, int d)
{
	int64_t p = y - 1;

	return 365 * p + fx_div(p, 4) - fx_div(p, 100) + fx_div(p, 400) +
	    fx_jmonth_before(m, fx_greg_leap(y)) + d;
}

/* The Gregorian year holding RD rd (R&D gregorian-year-from-fixed). */
int64_t
fx_greg_year(int64_t rd)
{
	int64_t d0, d1, d2, d3, n400, n100, n4, n1, year;

	d0 = rd - 1;
	n400 = fx_div(d0, 146097);
	d1 = fx_mod(d0, 146097);
	n100 = d1 / 36524;
	d2 = d1 % 36524;
	n4 = d2 / 1461;
	d3 = d2 % 1461;
	n1 = d3 / 365;
	year = 400 * n400 + 100 * n100 + 4 * n4 + n1;
	/* The last day of a leap cycle belongs to the year just counted. */
	return (n100 == 4 || n1 == 4) ? year : year + 1;
}

/*
 * The Gregorian date of RD rd (R&D gregorian-from-fixed), for the
 * calendars that are the Gregorian one under another name or era.
 */
void
fx_greg_date(int64_t rd, int64_t *y, int *m, int *d)
{
	int64_t year = fx_greg_year(rd);
	int doy = (int)(rd - fx_greg_fixed(year, 1, 1));	/* 0..365 */
	int leap = fx_greg_leap(year);
	int month = fx_jmonth_of(doy, leap);

	*y = year;
	*m = month;
	*d = doy - fx_jmonth_before(month, leap) + 1;
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
