/*
 * islamic_tabular.c: the tabular (arithmetic) Islamic calendars.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 7: fixed-from-islamic, islamic-from-fixed, islamic-leap-year?.
 * Facts: twelve months alternating 30 and 29 days, Dhu al-Hijja 30
 * days in the 11 leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of
 * each 30-year cycle ((14 + 11y) mod 30 < 11), 10631 days a cycle.
 * Two epochs are in use for 1 Muharram AH 1, which give two calendars
 * with the same arithmetic:
 *   islamic-civil  Friday 16 July 622 Julian (JD 1948440, RD 227015),
 *                  Qt's "Islamic Civil" and ICU's islamic-civil;
 *   islamic-tbla   Thursday 15 July 622 Julian (JD 1948439,
 *                  RD 227014), the astronomical epoch, ICU's
 *                  islamic-tbla.
 * Years are astronomical: year 0 precedes AH 1.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX.  Overflow: the largest
 * product is 30 * |rd - epoch| < 2.4e13.
 */
#include "../calendar.h"
#include "../fixed.h"

#define CIVIL_EPOCH	INT64_C(227015)
#define TBLA_EPOCH	INT64_C(227014)

static const char *const civil_aliases[] = { "islamicc", "islamic-arithmetic",
    NULL };

static int
leap(int64_t y)
{
	return fx_mod(14 + 11 * y, 30) < 11;
}

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	if (m == 12)
		return 29 + leap(y);
	return 30 - (m + 1) % 2;
}

/* Days from the epoch to the given day (0 for 1 Muharram 1). */
static int64_t
days_from_epoch(const struct cal_date *d)
{
	int64_t y = d->year;
	int m = d->month;

	return 354 * (y - 1) + fx_div(3 + 11 * y, 30) + 29 * (m - 1) + m / 2 +
	    d->day - 1;
}

static void
from_epoch_days(int64_t n, struct cal_date *d)
{
	struct cal_date first = { 0, 1, 1, 0 };
	int64_t doy;

	first.year = fx_div(30 * n + 10646, 10631);
	doy = n - days_from_epoch(&first);
	d->year = first.year;
	d->month = (int32_t)((11 * doy + 330) / 325);
	first.month = d->month;
	d->day = (int32_t)(n - days_from_epoch(&first)) + 1;
	d->flags = 0;
}

static int64_t
civil_to_fixed(const struct cal_date *d)
{
	return CIVIL_EPOCH + days_from_epoch(d);
}

static void
civil_from_fixed(int64_t rd, struct cal_date *d)
{
	from_epoch_days(rd - CIVIL_EPOCH, d);
}

static int64_t
tbla_to_fixed(const struct cal_date *d)
{
	return TBLA_EPOCH + days_from_epoch(d);
}

static void
tbla_from_fixed(int64_t rd, struct cal_date *d)
{
	from_epoch_days(rd - TBLA_EPOCH, d);
}

const struct calendar cal_islamic_civil = {
	.id = "islamic-civil",
	.aliases = civil_aliases,
	.title = "tabular Islamic, Friday epoch (civil, as Qt and ICU)",
	.note = NULL,
	.kind = CAL_LUNAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2213392503),
	.max_year = INT64_C(2213391221),
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = leap,
	.to_fixed = civil_to_fixed,
	.from_fixed = civil_from_fixed,
	.names = "islamic",
	.week_start = 6,	/* Saturday */
};

const struct calendar cal_islamic_tbla = {
	.id = "islamic-tbla",
	.aliases = NULL,
	.title = "tabular Islamic, Thursday (astronomical) epoch",
	.note = NULL,
	.kind = CAL_LUNAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = INT64_C(-2213392503),
	.max_year = INT64_C(2213391221),
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = leap,
	.to_fixed = tbla_to_fixed,
	.from_fixed = tbla_from_fixed,
	.names = "islamic",
	.week_start = 6,	/* Saturday */
};
