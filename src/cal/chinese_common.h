/*
 * chinese_common.h: the Chinese lunisolar rules, shared by the
 * Chinese, Korean (dangi) and Vietnamese calendars, which differ only
 * in the meridian of their clocks and in how they number years.
 */
#ifndef CALCONV_CHINESE_COMMON_H
#define CALCONV_CHINESE_COMMON_H

#include <stdint.h>
#include <stdlib.h>

#include "../calendar.h"
#include "../fixed.h"

/*
 * The years kept: those whose first day falls in Gregorian CN_FIRST
 * .. CN_LAST.  Each calendar caches what a year needs in a table of
 * this many entries, filled on first use.
 */
#define CN_FIRST	1600
#define CN_LAST		2600
#define CN_YEARS	(CN_LAST - CN_FIRST + 1)

/*
 * The range as fixed days: the first day of the year beginning in
 * CN_FIRST and the last of the year beginning in CN_LAST, by these
 * rules (a unit test recomputes them).  The three calendars agree on
 * both days.
 */
#define CN_MIN_RD_CHINESE	INT64_C(584068)		/* 1600-02-15 */
#define CN_MAX_RD_CHINESE	INT64_C(949655)		/* 2601-01-25 */
#define CN_MIN_RD_DANGI		CN_MIN_RD_CHINESE
#define CN_MAX_RD_DANGI		CN_MAX_RD_CHINESE
#define CN_MIN_RD_VIETNAMESE	CN_MIN_RD_CHINESE
#define CN_MAX_RD_VIETNAMESE	CN_MAX_RD_CHINESE

/* What a year needs: the first day of each month and of the next year. */
struct cn_year {
	int32_t		start[15];	/* RD; start[n] is the next new year */
	signed char	n;		/* months: 12 or 13; 0 until filled */
	signed char	leap;		/* position of the leap month, or -1 */
};

struct cn_rules {
	/* The standard time zone at a moment (UT), as a fraction of a day. */
	double		(*zone)(double);
	/* The calendar's year less the Gregorian year its first day is in. */
	int64_t		offset;
	/*
	 * Pairs { computed, official } of month-start days where the
	 * official calendar, published in advance, has decided otherwise
	 * than the astronomy here, ending with { 0, 0 }; or NULL.
	 */
	const int32_t	(*fixes)[2];
	/*
	 * The calendar's cache of years CN_FIRST..CN_LAST, per thread: a
	 * block allocated on first use, so that a run which never asks
	 * for the calendar clears nothing at start-up; NULL if it cannot
	 * be, and then every year is computed when asked for.
	 */
	struct cn_year	*(*cache)(void);
};

int	cn_months(int64_t);
int	cn_days_in_month(const struct cn_rules *, int64_t, int, uint32_t);
int	cn_is_leap(const struct cn_rules *, int64_t);
int64_t	cn_to_fixed(const struct cn_rules *, const struct cal_date *);
void	cn_from_fixed(const struct cn_rules *, int64_t, struct cal_date *);
const struct cn_year *cn_year(const struct cn_rules *, int64_t);

/* The standard-zone helpers of the three calendars (chinese_common.c). */
double	cn_greg_year_of(double);

/*
 * What each of the three calendar files needs around its struct
 * cn_rules: CN_YEAR_CACHE, before the rules, the per-thread table of
 * years and the function that gives it; CN_CALENDAR_FUNCTIONS(rules),
 * after them, the four functions of struct calendar in terms of this
 * module's.  CN_CALENDAR(fixes) is all three, after the file's zone()
 * and OFFSET, and CN_CALENDAR_FIELDS the members of struct calendar
 * the three share.
 */
#define CN_YEAR_CACHE							\
static _Thread_local struct cn_year *years;				\
									\
static struct cn_year *							\
cache(void)								\
{									\
	if (years == NULL)						\
		years = calloc(CN_YEARS, sizeof *years);		\
	return years;							\
}

#define CN_CALENDAR_FUNCTIONS(rules)					\
static int								\
month_days(int64_t y, int m, uint32_t flags)				\
{									\
	return cn_days_in_month(&(rules), y, m, flags);			\
}									\
									\
static int								\
leap(int64_t y)								\
{									\
	return cn_is_leap(&(rules), y);					\
}									\
									\
static int64_t								\
to_fixed(const struct cal_date *d)					\
{									\
	return cn_to_fixed(&(rules), d);				\
}									\
									\
static void								\
from_fixed(int64_t rd, struct cal_date *d)				\
{									\
	cn_from_fixed(&(rules), rd, d);					\
}

#define CN_CALENDAR(fixes)						\
CN_YEAR_CACHE								\
									\
static const struct cn_rules rules = { zone, OFFSET, fixes, cache };	\
									\
CN_CALENDAR_FUNCTIONS(rules)

#define CN_CALENDAR_FIELDS						\
	.kind = CAL_LUNISOLAR,						\
	.shape = CAL_SHAPE_YMD,						\
	.min_year = CN_FIRST + OFFSET,					\
	.max_year = CN_LAST + OFFSET,					\
	FX_CALENDAR_FUNCTIONS(cn_months),				\
	.leap_months = 1,						\
	.leap_follows = 1,						\
	.year_cycle = 60

#endif
