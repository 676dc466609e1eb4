/*
 * fixed.h: day-number arithmetic shared by the backends.
 *
 * Floor division and modulus in the sense of Reingold & Dershowitz,
 * Calendrical Calculations (4th ed., 2018), section 1.7, and the
 * Gregorian year arithmetic that several calendars are built on.
 */
#ifndef CALCONV_FIXED_H
#define CALCONV_FIXED_H

#include <stdint.h>

/* Offsets between RD and the other day counts (R&D 1.2, table 1.2). */
#define FX_JDN_OFFSET	INT64_C(1721425)	/* JDN of the civil day = RD + this */
#define FX_MJD_OFFSET	INT64_C(678576)		/* MJD = RD - this */
#define FX_UNIX_OFFSET	INT64_C(719163)		/* RD of 1970-01-01 */

/* floor(a / b) for b > 0. */
static inline int64_t
fx_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return (a % b < 0) ? q - 1 : q;
}

/* a - b * floor(a / b) for b > 0: always in 0..b-1. */
static inline int64_t
fx_mod(int64_t a, int64_t b)
{
	int64_t r = a % b;

	return r < 0 ? r + b : r;
}

/* The same, adjusted to 1..b (R&D "amod"). */
static inline int64_t
fx_amod(int64_t a, int64_t b)
{
	return fx_mod(a - 1, b) + 1;
}

/*
 * Years counted in cycles of n years from year 1, as the Chinese count
 * theirs in the sexagenary cycle (n = 60): R&D 19.3, chinese-from-fixed,
 * gives cycle floor((y - 1) / 60) + 1 and year y amod 60 in it, and
 * fixed-from-chinese the inverse, (cycle - 1) * 60 + year.  Valid for
 * every y above -2^63 + n; the inverse for |cycle| < 2^63 / n.
 */
static inline int64_t
fx_cycle_of(int64_t y, int64_t n)
{
	return fx_div(y - 1, n) + 1;
}

static inline int64_t
fx_cycle_year(int64_t cycle, int64_t year, int64_t n)
{
	return (cycle - 1) * n + year;
}

/* Day of the week, 0 = Sunday (RD 0 was a Sunday). */
static inline int
fx_weekday(int64_t rd)
{
	return (int)fx_mod(rd, 7);
}

/*
 * Month arithmetic of the Julian-style year (31, 28/29, 31, 30, ...),
 * used by the Gregorian, Julian and Revised Julian calendars; leap is
 * 0 or 1 and m is 1..12, doy 0..364+leap.
 */
int	fx_jmonth_days(int m, int leap);
int	fx_jmonth_before(int m, int leap);
int	fx_jmonth_of(int doy, int leap);

/*
 * Years of twelve 30-day months and a short thirteenth (the epagomenal
 * or complementary days) of 5 days, 6 in a leap year: the Coptic,
 * Ethiopic, Egyptian, Armenian and French Republican years.  Day doy
 * (from 0) of such a year is in month doy / 30 + 1.
 */
static inline int
fx_m30_days(int m, int leap)
{
	return m <= 12 ? 30 : 5 + leap;
}

/*
 * months_in_year for calendars whose every year has twelve, thirteen
 * or one.
 */
int	fx_twelve(int64_t);
int	fx_thirteen(int64_t);
int	fx_one(int64_t);

/*
 * The Coptic year arithmetic with year 1 starting on RD epoch: leap
 * when y mod 4 = 3 (R&D ch. 4, fixed-from-coptic and coptic-from-fixed).
 * The Ethiopic calendars are the same with other epochs.
 */
int64_t	fx_coptic_fixed(int64_t, int64_t, int, int);
void	fx_coptic_date(int64_t, int64_t, int64_t *, int *, int *);

/*
 * The wandering year of 365 days and no leap day, year 1 starting on
 * RD epoch (R&D ch. 1, fixed-from-egyptian, egyptian-from-fixed); the
 * Armenian calendar is the same with another epoch.
 */
int64_t	fx_egypt_fixed(int64_t, int64_t, int, int);
void	fx_egypt_date(int64_t, int64_t, int64_t *, int *, int *);

/*
 * For calendars whose years begin on computed days (the astronomical
 * ones): the year y of lo..hi with first(y) <= rd < first(y + 1),
 * searched from the estimate guess (clamped to lo..hi), which should
 * be within a year or two; lo or hi when rd is before or after them.
 * first() must be defined for lo..hi + 1 and increase.
 */
int64_t	fx_year_holding(int64_t rd, int64_t guess, int64_t lo, int64_t hi,
	    int64_t (*first)(int64_t));

/*
 * The same without bounds, for a first() defined for every year
 * near rd: the year holding rd, searched from the estimate y, with
 * its first day in *start.
 */
static inline int64_t
fx_year_near(int64_t rd, int64_t y, int64_t (*first)(int64_t),
    int64_t *start)
{
	int64_t day = first(y), next;

	while (day > rd)
		day = first(--y);
	while ((next = first(y + 1)) <= rd) {
		y++;
		day = next;
	}
	*start = day;
	return y;
}

/*
 * The Maya long count from the epoch day 0.0.0.0.0 (R&D ch. 11,
 * fixed-from-mayan-long-count, mayan-long-count-from-fixed), as
 * calconv holds it: the baktun (144000 days, any integer) in y, the
 * katun + 1 (1..20, 7200 days each) in m, and the day of the katun,
 * tun * 360 + uinal * 20 + kin + 1 (1..7200), in d.  |rd - epoch| <
 * 7.9e11, so y * 144000 is below it too.
 */
static inline int64_t
fx_long_count_fixed(int64_t epoch, int64_t y, int m, int d)
{
	return epoch + y * 144000 + (int64_t)(m - 1) * 7200 + d - 1;
}

static inline void
fx_long_count_date(int64_t epoch, int64_t rd, int64_t *y, int *m, int *d)
{
	int64_t n = rd - epoch, b = fx_div(n, 144000);
	int day = (int)(n - b * 144000);			/* 0..143999 */

	*y = b;
	*m = day / 7200 + 1;
	*d = day % 7200 + 1;
}

int	fx_greg_leap(int64_t);
int64_t	fx_greg_year(int64_t);

/*
 * The four functions of a calendar that is the Gregorian one with its
 * years renumbered by a constant (Buddhist, Minguo, Holocene): define
 * OFFSET, the calendar's year less the Gregorian year, then use this
 * once; it defines static leap(), month_days(), to_fixed() and
 * from_fixed().
 */
/* NOLINTBEGIN(bugprone-macro-parentheses): OFFSET is parenthesised. */
#define FX_GREG_OFFSET_CALENDAR						\
static int								\
leap(int64_t y)								\
{									\
	return fx_greg_leap(y - (OFFSET));				\
}									\
									\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)flags;							\
	return fx_jmonth_days(m, leap(y));				\
}									\
									\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return fx_greg_fixed(d->year - (OFFSET), d->month, d->day);	\
}									\
									\
static void								\
from_fixed(int64_t rd, struct cal_date *d)				\
{									\
	int m_, day_;							\
									\
	fx_greg_date(rd, &d->year, &m_, &day_);				\
	d->year += (OFFSET);						\
	d->month = m_;							\
	d->day = day_;							\
	d->flags = 0;							\
}

/*
 * to_fixed() and from_fixed() of a calendar whose arithmetic is a pair
 * of fixed.c functions taking its EPOCH (defined before use): fx(epoch,
 * y, m, d) and date(epoch, rd, &y, &m, &d).
 */
#define FX_EPOCH_CONVERSIONS(fx, date)					\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return fx((EPOCH), d->year, d->month, d->day);			\
}									\
									\
static void								\
from_fixed(int64_t rd, struct cal_date *d)				\
{									\
	int m_, day_;							\
									\
	date((EPOCH), rd, &d->year, &m_, &day_);			\
	d->month = m_;							\
	d->day = day_;							\
	d->flags = 0;							\
}

/*
 * The four functions of a long-count calendar (mayan.c and its other
 * correlation), which differ only in their EPOCH, defined before use:
 * 20 katun a baktun, 7200 days a katun, and the conversions above.
 */
#define FX_LONG_COUNT_CALENDAR						\
static int								\
twenty(int64_t y)							\
{									\
	(void)y;							\
	return 20;							\
}									\
									\
static int								\
katun_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)y;							\
	(void)m;							\
	(void)flags;							\
	return 7200;							\
}									\
									\
FX_EPOCH_CONVERSIONS(fx_long_count_fixed, fx_long_count_date)

/* The members of struct calendar that every long count has alike. */
#define FX_LONG_COUNT_FIELDS						\
	.kind = CAL_COUNT,						\
	.shape = CAL_SHAPE_LONG_COUNT,					\
	.min_year = INT64_C(-5446884),					\
	.max_year = INT64_C(5446898),					\
	.months_in_year = twenty,					\
	.days_in_month = katun_days,					\
	.is_leap = NULL,						\
	.to_fixed = to_fixed,						\
	.from_fixed = from_fixed,					\
	.names = NULL

/*
 * The four functions of a calendar of twelve 30-day months and five or
 * six epagomenal days (Coptic, Ethiopic in either era), which differ
 * only in their EPOCH, defined before use.
 */
#define FX_COPTIC_CALENDAR						\
static int								\
leap(int64_t y)								\
{									\
	return fx_mod(y, 4) == 3;					\
}									\
									\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)flags;							\
	return fx_m30_days(m, leap(y));					\
}									\
									\
FX_EPOCH_CONVERSIONS(fx_coptic_fixed, fx_coptic_date)

/* The members of struct calendar of FX_COPTIC_CALENDAR's functions. */
#define FX_COPTIC_FIELDS						\
	.kind = CAL_SOLAR,						\
	.shape = CAL_SHAPE_YMD,						\
	FX_CALENDAR_FUNCTIONS(fx_thirteen)

/*
 * The three functions of a wandering 365-day year of twelve 30-day
 * months and five epagomenal days (Egyptian, Armenian), which differ
 * only in their EPOCH, defined before use.
 */
#define FX_EGYPTIAN_CALENDAR						\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	(void)y;							\
	(void)flags;							\
	return fx_m30_days(m, 0);					\
}									\
									\
FX_EPOCH_CONVERSIONS(fx_egypt_fixed, fx_egypt_date)

/*
 * The members of struct calendar for a backend whose functions have the
 * usual names (month_days, leap, to_fixed, from_fixed), as the macros
 * above define them, and months_in_year months.
 */
#define FX_CALENDAR_FUNCTIONS(months)					\
	.months_in_year = months,					\
	.days_in_month = month_days,					\
	.is_leap = leap,						\
	.to_fixed = to_fixed,						\
	.from_fixed = from_fixed

/* NOLINTEND(bugprone-macro-parentheses) */

/*
 * The Gregorian conversions count years from March, so that the leap
 * day ends the year and the month lengths follow the pattern
 * 31 30 31 30 31 31 30 31 30 31 31 (28/29), in 400-year eras of 146097
 * days (q counts the eras): H. Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms"
 * (2013), days_from_civil and civil_from_days, here counting from RD.
 * They agree with R&D's fixed-from-gregorian and gregorian-from-fixed
 * on every day (tests/unit walks years -10000..10000 and samples the
 * whole range) and need one floor division each; the rest is unsigned
 * arithmetic on the day of the era (0..146096).  RD 306 was 0001-03-01.
 */
static inline int64_t
fx_greg_fixed(int64_t y, int m, int d)
{
	int64_t q;
	uint32_t yoe, doy, doe;

	y -= m <= 2;
	q = fx_div(y, 400);
	yoe = (uint32_t)(y - q * 400);			/* 0..399 */
	doy = (153 * (uint32_t)(m > 2 ? m - 3 : m + 9) + 2) / 5 +
	    (uint32_t)d - 1;					/* 0..365 */
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;		/* 0..146096 */
	return q * 146097 + doe - 305;
}

static inline void
fx_greg_date(int64_t rd, int64_t *y, int *m, int *d)
{
	int64_t z = rd + 305, q = fx_div(z, 146097);
	uint32_t doe = (uint32_t)(z - q * 146097);		/* 0..146096 */
	uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);	/* 0..365 */
	uint32_t mp = (5 * doy + 2) / 153;			/* 0 = March */

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = q * 400 + yoe + (*m <= 2);
}


#endif
