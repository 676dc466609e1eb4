/*
 * test_arith.c: the arithmetic calendars' shortcuts (years computed
 * together, per-thread caches of the last year) against the direct
 * formulas of Reingold & Dershowitz, Calendrical Calculations (4th
 * ed.), asked in orders that both defeat and reuse the caches.
 */
#include <inttypes.h>
#include <stdint.h>

#include "calendar.h"
#include "fixed.h"
#include "unit.h"

/*
 * R&D hebrew-calendar-elapsed-days and hebrew-new-year, one year at a
 * time, as the book writes them (the molad of Tishrei in parts from
 * the epoch's eve; 12084 = 5 h 204 parts + 6 h for the noon rule).
 */
static int64_t
rd_hebrew_elapsed(int64_t y)
{
	int64_t months = fx_div(235 * y - 234, 19);
	int64_t parts = 12084 + 13753 * months;
	int64_t days = 29 * months + fx_div(parts, 25920);

	return fx_mod(3 * (days + 1), 7) < 3 ? days + 1 : days;
}

static int64_t
rd_hebrew_new_year(int64_t y)
{
	int64_t e0 = rd_hebrew_elapsed(y - 1), e1 = rd_hebrew_elapsed(y);
	int64_t e2 = rd_hebrew_elapsed(y + 1);

	return INT64_C(-1373427) + e1 +
	    (e2 - e1 == 356 ? 2 : e1 - e0 == 382 ? 1 : 0);
}

/* A linear congruential generator: the same years every run. */
static uint64_t
lcg(uint64_t *s)
{
	*s = *s * UINT64_C(6364136223846793005) +
	    UINT64_C(1442695040888963407);
	return *s >> 11;
}

/*
 * Year y's length by its months, its first day both ways, and the day
 * before it, the last of year y - 1.
 */
static void
check_hebrew_year(int64_t y)
{
	struct cal_date d = { y, 1, 1, 0 }, back;
	int64_t ny = rd_hebrew_new_year(y);
	int len = (int)(rd_hebrew_new_year(y + 1) - ny);
	int m, n = cal_hebrew.months_in_year(y), sum = 0;

	for (m = 1; m <= n; m++)
		sum += cal_hebrew.days_in_month(y, m, 0);
	CHECK(sum == len, "year %" PRId64 ": months hold %d days, not %d",
	    y, sum, len);
	CHECK(cal_to_fixed(&cal_hebrew, &d) == ny,
	    "1 Tishrei %" PRId64 " is not RD %" PRId64, y, ny);
	cal_from_fixed(&cal_hebrew, ny, &back);
	CHECK(back.year == y && back.month == 1 && back.day == 1,
	    "RD %" PRId64 " is not 1 Tishrei %" PRId64, ny, y);
	cal_from_fixed(&cal_hebrew, ny - 1, &back);
	CHECK(back.year == y - 1 &&
	    back.month == cal_hebrew.months_in_year(y - 1) && back.day == 29,
	    "RD %" PRId64 " is not 29 Elul %" PRId64, ny - 1, y - 1);
}

/*
 * Every year of AM 1..10000 in order (each a step of the cache) and
 * 20000 years scattered over the whole range (each a miss): the new
 * year and the length agree with R&D's formulas, year by year.
 */
static void
hebrew_years_agree_with_the_direct_formulas(void)
{
	const uint64_t span = UINT64_C(4294916470);	/* max - min year */
	uint64_t s = 1;
	int64_t y;
	int i;

	for (y = 1; y <= 10000; y++)
		check_hebrew_year(y);
	for (i = 0; i < 20000; i++) {
		y = cal_hebrew.min_year + 1 + (int64_t)(lcg(&s) % (span - 2));
		check_hebrew_year(y);
	}
}

const struct unit_test arith_tests[] = {
	{ "hebrew new years and year lengths agree with R&D's formulas",
	    hebrew_years_agree_with_the_direct_formulas },
	{ NULL, NULL }
};
