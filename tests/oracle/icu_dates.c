/*
 * icu_dates.c: print ICU4C's date for each Julian Day Number of a range,
 * for the differential tests in tests/oracle/run.
 *
 * Usage: icu_dates CALENDAR FIRST LAST [STEP]
 *        icu_dates -m CALENDAR FIRST-YEAR LAST-YEAR [STEP]
 *
 * CALENDAR is an ICU calendar keyword (gregorian, persian, islamic-civil,
 * islamic-tbla, buddhist, roc, hebrew, coptic, ethiopic, indian, ...).
 * For every JDN n = FIRST, FIRST + STEP, ... up to LAST, and LAST
 * itself, it prints
 *
 *	n<TAB>Y-M-D
 *
 * where n is the Julian Day Number of the civil day (the JD at its noon,
 * as calconv's jdn), Y the year, M the month and D UCAL_DATE, all as
 * calconv numbers them:
 *
 *  - Y is UCAL_EXTENDED_YEAR (astronomical where the calendar has eras:
 *    0 = 1 BCE; the Hebrew, Coptic, Indian year; the Amete Mihret year
 *    for "ethiopic"), except where ICU's extended year is another
 *    calendar's: "buddhist" prints UCAL_YEAR (Buddhist Era, ICU's only
 *    era, so Gregorian + 543 for every year), "ethiopic-amete-alem"
 *    UCAL_YEAR (era AMETE_ALEM: Amete Mihret + 5500), and "roc" the
 *    astronomical Minguo year from ICU's era and year: YEAR in era
 *    MINGUO (1), 1 - YEAR in era BEFORE_MINGUO (0), so 0 = 1911 (ICU's
 *    Before Minguo 1).  Their UCAL_EXTENDED_YEAR is the Gregorian year
 *    (Amete Mihret for Amete Alem), which would test nothing.
 *  - M is UCAL_MONTH + 1 (followed by "L" in a leap month of a
 *    Chinese-style calendar), except in "hebrew": ICU numbers Hebrew
 *    months 0..12 in every year, TISHRI = 0 .. SHEVAT = 4, ADAR_1 = 5,
 *    ADAR = 6, NISAN = 7 .. ELUL = 12, and skips 5 in a common year;
 *    it is printed as its ordinal in the year, Tishrei = 1, as calconv
 *    numbers them: ICU's month + 1 in a leap year (Adar I = 6, Adar II
 *    = 7, Elul = 13), and in a common year ICU's month + 1 up to
 *    Shevat = 5, ICU's month (Adar = 6, Nisan = 7 .. Elul = 12) after.
 *    A leap year is one with (7 * Y + 1) mod 19 < 7 (ICU's isLeapYear,
 *    not in its C API); ICU's month 5 in a common year is an error.
 *
 * The year is written as calconv writes it: at least four digits, with
 * a sign only when negative (-0044).
 *
 * With -m it prints the length of every month of the years FIRST-YEAR,
 * FIRST-YEAR + STEP, ... up to LAST-YEAR, and LAST-YEAR itself (years
 * and months as above: the year is set through the same field, or era
 * and year, that is printed), one line a month:
 *
 *	Y-MM<TAB>DAYS
 *
 * as ICU's UCAL_ACTUAL_MAXIMUM of UCAL_DATE in that month.
 *
 * A Gregorian calendar (gregorian, and the Gregorian-based buddhist,
 * roc, japanese) has its Julian-Gregorian switch moved to the far past,
 * so it is proleptic Gregorian over ICU's whole range; the C API cannot
 * do that for the subclasses, so it is done in C++, in icu_proleptic.cpp,
 * which is linked in.
 *
 * ICU's range is its MIN_MILLIS..MAX_MILLIS (calendar.cpp), JD
 * -0x7F000000..+0x7F000000; a lenient ICU calendar would silently pin
 * an instant outside it to the bound, so such a JDN is refused here.
 * Exit status: 0, or 2 for a usage error or an ICU failure.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/uloc.h>
#include <unicode/utypes.h>

/* JDN of 1970-01-01, the ICU epoch. */
#define UNIX_JDN	INT64_C(2440588)
/* ICU's MIN_JULIAN and MAX_JULIAN (calendar.cpp). */
#define ICU_JD_MIN	(-INT64_C(0x7F000000))
#define ICU_JD_MAX	INT64_C(0x7F000000)
#define DAY_MS		86400000.0

/* icu_proleptic.cpp: GregorianCalendar::setGregorianChange(U_DATE_MIN). */
int		icu_proleptic(UCalendar *);

static void	usage(void);
static int	number(const char *, int64_t *);
static void	check(UErrorCode, const char *);
static int	hebrew_leap(int64_t);
static int64_t	year_of(UCalendar *, UErrorCode *);
static void	set_year(UCalendar *, int64_t);
static int32_t	month_of(int64_t, int32_t);
static void	print(UCalendar *, int64_t);
static void	lengths(UCalendar *, int64_t);

static const char *prog = "icu_dates";

/* How the calendar's year is read and set (see the comment above). */
static enum {
	YEAR_EXTENDED,		/* UCAL_EXTENDED_YEAR */
	YEAR_FIELD,		/* UCAL_YEAR in era 0: buddhist, amete alem */
	YEAR_ROC		/* era MINGUO: YEAR, BEFORE_MINGUO: 1 - YEAR */
} year_kind = YEAR_EXTENDED;
/* Hebrew: print months as ordinals, Tishrei = 1. */
static int hebrew;

static void
usage(void)
{
	fprintf(stderr, "usage: %s CALENDAR FIRST-JDN LAST-JDN [STEP]\n"
	    "       %s -m CALENDAR FIRST-YEAR LAST-YEAR [STEP]\n", prog, prog);
	exit(2);
}

/* Parse a decimal int64; 0 on success. */
static int
number(const char *s, int64_t *out)
{
	char *end;
	intmax_t v;

	errno = 0;
	v = strtoimax(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < INT64_MIN ||
	    v > INT64_MAX)
		return -1;
	*out = (int64_t)v;
	return 0;
}

static void
check(UErrorCode status, const char *what)
{
	if (U_FAILURE(status)) {
		fprintf(stderr, "%s: %s: %s\n", prog, what,
		    u_errorName(status));
		exit(2);
	}
}

/* Whether Hebrew year y is leap (ICU's HebrewCalendar::isLeapYear). */
static int
hebrew_leap(int64_t y)
{
	int64_t r = (7 * y + 1) % 19;

	return (r < 0 ? r + 19 : r) < 7;
}

/* The calendar's year as calconv numbers it. */
static int64_t
year_of(UCalendar *cal, UErrorCode *status)
{
	int32_t era, y;

	switch (year_kind) {
	case YEAR_FIELD:
		era = ucal_get(cal, UCAL_ERA, status);
		y = ucal_get(cal, UCAL_YEAR, status);
		if (U_SUCCESS(*status) && era != 0) {
			fprintf(stderr, "%s: ICU gave era %" PRId32 "\n", prog,
			    era);
			exit(2);
		}
		return y;
	case YEAR_ROC:
		era = ucal_get(cal, UCAL_ERA, status);
		y = ucal_get(cal, UCAL_YEAR, status);
		if (U_SUCCESS(*status) && (era < 0 || era > 1 || y < 1)) {
			fprintf(stderr, "%s: ICU gave era %" PRId32 " year %"
			    PRId32 "\n", prog, era, y);
			exit(2);
		}
		return era == 1 ? (int64_t)y : 1 - (int64_t)y;
	default:
		return ucal_get(cal, UCAL_EXTENDED_YEAR, status);
	}
}

/* Set the calendar's year, as calconv numbers it. */
static void
set_year(UCalendar *cal, int64_t y)
{
	switch (year_kind) {
	case YEAR_FIELD:
		ucal_set(cal, UCAL_ERA, 0);
		ucal_set(cal, UCAL_YEAR, (int32_t)y);
		break;
	case YEAR_ROC:
		ucal_set(cal, UCAL_ERA, y >= 1);
		ucal_set(cal, UCAL_YEAR, (int32_t)(y >= 1 ? y : 1 - y));
		break;
	default:
		ucal_set(cal, UCAL_EXTENDED_YEAR, (int32_t)y);
	}
}

/* calconv's month number (1-based) of ICU's UCAL_MONTH m in year y. */
static int32_t
month_of(int64_t y, int32_t m)
{
	if (!hebrew || hebrew_leap(y) || m < 5)
		return m + 1;
	if (m == 5) {
		fprintf(stderr, "%s: ICU put ADAR_1 in common year %" PRId64
		    "\n", prog, y);
		exit(2);
	}
	return m;
}

/* Print one line: the JDN and ICU's date of that civil day. */
static void
print(UCalendar *cal, int64_t n)
{
	UErrorCode status = U_ZERO_ERROR;
	int64_t y;
	int32_t m, d, jd, leapm;

	/* Midnight UTC of the day; the calendar's zone is UTC. */
	ucal_setMillis(cal, (double)(n - UNIX_JDN) * DAY_MS, &status);
	y = year_of(cal, &status);
	m = ucal_get(cal, UCAL_MONTH, &status);
	d = ucal_get(cal, UCAL_DATE, &status);
	leapm = ucal_get(cal, UCAL_IS_LEAP_MONTH, &status);
	jd = ucal_get(cal, UCAL_JULIAN_DAY, &status);
	check(status, "ucal_get");
	/* ICU's JULIAN_DAY is the civil day's JDN, as calconv's jdn. */
	if (jd != n) {
		fprintf(stderr, "%s: ICU put JDN %" PRId64 " on day %" PRId32
		    "\n", prog, n, jd);
		exit(2);
	}
	printf("%" PRId64 "\t%s%04" PRId64 "-%02" PRId32 "%s-%02" PRId32 "\n",
	    n, y < 0 ? "-" : "", y < 0 ? -y : y, month_of(y, m),
	    leapm ? "L" : "", d);
}

/* Print the length of each month of extended year y. */
static void
lengths(UCalendar *cal, int64_t y)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t m, months, len;

	for (m = 0, months = 1; m < months; m++) {
		/* ICU's Hebrew ADAR_1 exists in leap years only. */
		if (hebrew && m == 5 && !hebrew_leap(y))
			continue;
		ucal_clear(cal);
		set_year(cal, y);
		ucal_set(cal, UCAL_MONTH, m);
		ucal_set(cal, UCAL_DATE, 1);
		months = ucal_getLimit(cal, UCAL_MONTH, UCAL_ACTUAL_MAXIMUM,
		    &status) + 1;
		len = ucal_getLimit(cal, UCAL_DATE, UCAL_ACTUAL_MAXIMUM,
		    &status);
		/* The fields must have resolved to the month asked for. */
		if (year_of(cal, &status) != y ||
		    ucal_get(cal, UCAL_MONTH, &status) != m) {
			fprintf(stderr, "%s: ICU moved %" PRId64 "-%02" PRId32
			    "\n", prog, y, m + 1);
			exit(2);
		}
		check(status, "ucal_getLimit");
		printf("%s%04" PRId64 "-%02" PRId32 "\t%" PRId32 "\n",
		    y < 0 ? "-" : "", y < 0 ? -y : y, month_of(y, m), len);
	}
}

int
main(int argc, char **argv)
{
	UErrorCode status = U_ZERO_ERROR;
	UCalendar *cal;
	UChar utc[4];
	char locale[ULOC_FULLNAME_CAPACITY];
	const char *type;
	int64_t first, last, step = 1, n;
	int months = 0;
	void (*each)(UCalendar *, int64_t) = print;
	static char obuf[1 << 16];

	if (argc > 1 && strcmp(argv[1], "-m") == 0) {
		months = 1;
		each = lengths;
		argc--;
		argv++;
	}
	if (argc < 4 || argc > 5)
		usage();
	if (number(argv[2], &first) != 0 || number(argv[3], &last) != 0 ||
	    (argc == 5 && number(argv[4], &step) != 0) || step < 1 ||
	    first > last)
		usage();
	if (months && (first < INT32_MIN || last > INT32_MAX))
		usage();
	if (!months && (first < ICU_JD_MIN || last > ICU_JD_MAX)) {
		fprintf(stderr, "%s: JDN range %" PRId64 "..%" PRId64
		    " leaves ICU's %" PRId64 "..%" PRId64 "\n", prog, first,
		    last, ICU_JD_MIN, ICU_JD_MAX);
		return 2;
	}
	if (snprintf(locale, sizeof(locale), "en@calendar=%s", argv[1]) >=
	    (int)sizeof(locale))
		usage();

	u_uastrcpy(utc, "UTC");
	cal = ucal_open(utc, -1, locale, UCAL_DEFAULT, &status);
	check(status, "ucal_open");
	/* An unknown keyword quietly gives the locale's default calendar. */
	type = ucal_getType(cal, &status);
	check(status, "ucal_getType");
	if (strcmp(type, argv[1]) != 0) {
		fprintf(stderr, "%s: ICU has no calendar '%s' (got '%s')\n",
		    prog, argv[1], type);
		return 2;
	}
	if (strcmp(type, "buddhist") == 0 ||
	    strcmp(type, "ethiopic-amete-alem") == 0)
		year_kind = YEAR_FIELD;
	else if (strcmp(type, "roc") == 0)
		year_kind = YEAR_ROC;
	hebrew = strcmp(type, "hebrew") == 0;
	if (strcmp(type, "gregorian") == 0 || strcmp(type, "buddhist") == 0 ||
	    strcmp(type, "roc") == 0 || strcmp(type, "japanese") == 0) {
		/* ucal_setGregorianChange() refuses the subclasses. */
		if (icu_proleptic(cal) != 0) {
			fprintf(stderr, "%s: cannot make '%s' proleptic\n",
			    prog, type);
			return 2;
		}
	}

	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	for (n = first;; n += step) {
		each(cal, n);
		if (last - n < step)
			break;
	}
	if (n != last)
		each(cal, last);
	ucal_close(cal);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror(prog);
		return 2;
	}
	return 0;
}
