/*
 * daycount.c: plain day counts.  Each is the fixed day number moved to
 * another epoch; the count is held in cal_date.year, with month and day
 * both 1.
 *
 * Epochs (Reingold & Dershowitz, Calendrical Calculations, 4th ed.,
 * 1.2 and table 1.2):
 *   rd    Rata Die, day 1 = Gregorian 0001-01-01;
 *   jdn   Julian Day Number of the civil day: the JD at noon of that
 *         day, day 0 = Julian -4712-01-01 (RD -1721424);
 *   mjd   Modified Julian Day, day 0 = 1858-11-17 (RD 678576);
 *   unix  days since 1970-01-01 (RD 719163), POSIX time / 86400;
 *   dublin  the Dublin Julian Day of the IAU (Dublin, 1955), JD -
 *         2415020, whose day 0 begins at noon on 1899-12-31; as a civil
 *         day count, JDN - 2415020, so day 0 = 1899-12-31 (RD 693595);
 *   lilian  the Lilian day number of B. G. Ohms (IBM Systems Journal
 *         25, 1986), day 1 = 1582-10-15, the first day of the Gregorian
 *         calendar, so day 0 = RD 577735; IBM Language Environment's
 *         CEEDAYS counts the same.
 * Range: the counts of CAL_RD_MIN..CAL_RD_MAX; every value is a sum of
 * two numbers below 2^40.
 */
#include "../calendar.h"
#include "../fixed.h"

#define DUBLIN_EPOCH	INT64_C(693595)	/* RD of Dublin day 0 */
#define LILIAN_EPOCH	INT64_C(577735)	/* RD of Lilian day 0 */

static const char *const jdn_aliases[] = { "jd", "julian-day", NULL };
static const char *const mjd_aliases[] = { "modified-julian-day", NULL };
static const char *const rd_aliases[] = { "rata-die", "fixed", NULL };
static const char *const unix_aliases[] = { "epoch", "unix-days", NULL };
static const char *const dublin_aliases[] = { "djd", "dublin-julian-day",
    NULL };
static const char *const lilian_aliases[] = { "lilian-day", NULL };

static int
one_day(int64_t y, int m, uint32_t flags)
{
	(void)y;
	(void)m;
	(void)flags;
	return 1;
}

static void
count(int64_t n, struct cal_date *d)
{
	d->year = n;
	d->month = 1;
	d->day = 1;
	d->flags = 0;
}

static int64_t
rd_to(const struct cal_date *d)
{
	return d->year;
}

static void
rd_from(int64_t rd, struct cal_date *d)
{
	count(rd, d);
}

static int64_t
jdn_to(const struct cal_date *d)
{
	return d->year - FX_JDN_OFFSET;
}

static void
jdn_from(int64_t rd, struct cal_date *d)
{
	count(rd + FX_JDN_OFFSET, d);
}

static int64_t
mjd_to(const struct cal_date *d)
{
	return d->year + FX_MJD_OFFSET;
}

static void
mjd_from(int64_t rd, struct cal_date *d)
{
	count(rd - FX_MJD_OFFSET, d);
}

static int64_t
unix_to(const struct cal_date *d)
{
	return d->year + FX_UNIX_OFFSET;
}

static void
unix_from(int64_t rd, struct cal_date *d)
{
	count(rd - FX_UNIX_OFFSET, d);
}

static int64_t
dublin_to(const struct cal_date *d)
{
	return d->year + DUBLIN_EPOCH;
}

static void
dublin_from(int64_t rd, struct cal_date *d)
{
	count(rd - DUBLIN_EPOCH, d);
}

static int64_t
lilian_to(const struct cal_date *d)
{
	return d->year + LILIAN_EPOCH;
}

static void
lilian_from(int64_t rd, struct cal_date *d)
{
	count(rd - LILIAN_EPOCH, d);
}

/* NOLINTBEGIN(bugprone-macro-parentheses): name is a declarator. */
#define DAYCOUNT(name, ident, al, text, off, to, from)			\
const struct calendar name = {						\
	.id = ident,							\
	.aliases = al,							\
	.title = text,							\
	.note = NULL,							\
	.kind = CAL_COUNT,						\
	.shape = CAL_SHAPE_COUNT,					\
	.min_year = CAL_RD_MIN + (off),					\
	.max_year = CAL_RD_MAX + (off),					\
	.months_in_year = fx_one,						\
	.days_in_month = one_day,					\
	.is_leap = NULL,						\
	.to_fixed = to,							\
	.from_fixed = from,						\
}
/* NOLINTEND(bugprone-macro-parentheses) */

DAYCOUNT(cal_rd, "rd", rd_aliases,
    "Rata Die, day 1 = 0001-01-01 Gregorian", 0, rd_to, rd_from);
DAYCOUNT(cal_jdn, "jdn", jdn_aliases,
    "Julian Day Number of the civil day", FX_JDN_OFFSET, jdn_to, jdn_from);
DAYCOUNT(cal_mjd, "mjd", mjd_aliases,
    "Modified Julian Day, day 0 = 1858-11-17", -FX_MJD_OFFSET, mjd_to,
    mjd_from);
DAYCOUNT(cal_unix, "unix", unix_aliases,
    "days since 1970-01-01 (Unix time / 86400)", -FX_UNIX_OFFSET, unix_to,
    unix_from);
DAYCOUNT(cal_dublin, "dublin", dublin_aliases,
    "Dublin Julian Day of the civil day, day 0 = 1899-12-31",
    -DUBLIN_EPOCH, dublin_to, dublin_from);
DAYCOUNT(cal_lilian, "lilian", lilian_aliases,
    "Lilian day number, day 1 = 1582-10-15", -LILIAN_EPOCH, lilian_to,
    lilian_from);
