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
 * as calconv's jdn), Y is UCAL_EXTENDED_YEAR (astronomical where the
 * calendar has eras: 0 = 1 BCE), M is UCAL_MONTH + 1 (followed by "L"
 * in a leap month of a Chinese-style calendar; ICU's Hebrew calendar
 * always numbers 13 months, Adar I being 6) and D is UCAL_DATE.  The
 * year is written as calconv writes it: at least four digits, with a
 * sign only when negative (-0044).
 *
 * With -m it prints the length of every month of the years FIRST-YEAR,
 * FIRST-YEAR + STEP, ... up to LAST-YEAR, and LAST-YEAR itself
 * (extended years), one line a month:
 *
 *	Y-MM<TAB>DAYS
 *
 * as ICU's UCAL_ACTUAL_MAXIMUM of UCAL_DATE in that month.
 *
 * A Gregorian calendar (gregorian, and the Gregorian-based buddhist,
 * roc, japanese) has its Julian-Gregorian switch moved to the far past,
 * so it is proleptic Gregorian over ICU's whole range.
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

static void	usage(void);
static int	number(const char *, int64_t *);
static void	check(UErrorCode, const char *);
static void	print(UCalendar *, int64_t);
static void	lengths(UCalendar *, int64_t);

static const char *prog = "icu_dates";

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

/* Print one line: the JDN and ICU's date of that civil day. */
static void
print(UCalendar *cal, int64_t n)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t y, m, d, jd, leapm;

	/* Midnight UTC of the day; the calendar's zone is UTC. */
	ucal_setMillis(cal, (double)(n - UNIX_JDN) * DAY_MS, &status);
	y = ucal_get(cal, UCAL_EXTENDED_YEAR, &status);
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
	    n, y < 0 ? "-" : "", y < 0 ? -(int64_t)y : (int64_t)y, m + 1,
	    leapm ? "L" : "", d);
}

/* Print the length of each month of extended year y. */
static void
lengths(UCalendar *cal, int64_t y)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t m, months, len;

	for (m = 0, months = 1; m < months; m++) {
		ucal_clear(cal);
		ucal_set(cal, UCAL_EXTENDED_YEAR, (int32_t)y);
		ucal_set(cal, UCAL_MONTH, m);
		ucal_set(cal, UCAL_DATE, 1);
		months = ucal_getLimit(cal, UCAL_MONTH, UCAL_ACTUAL_MAXIMUM,
		    &status) + 1;
		len = ucal_getLimit(cal, UCAL_DATE, UCAL_ACTUAL_MAXIMUM,
		    &status);
		/* The fields must have resolved to the month asked for. */
		if (ucal_get(cal, UCAL_EXTENDED_YEAR, &status) != y ||
		    ucal_get(cal, UCAL_MONTH, &status) != m) {
			fprintf(stderr, "%s: ICU moved %" PRId64 "-%02" PRId32
			    "\n", prog, y, m + 1);
			exit(2);
		}
		check(status, "ucal_getLimit");
		printf("%s%04" PRId64 "-%02" PRId32 "\t%" PRId32 "\n",
		    y < 0 ? "-" : "", y < 0 ? -y : y, m + 1, len);
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
	if (strcmp(type, "gregorian") == 0 || strcmp(type, "buddhist") == 0 ||
	    strcmp(type, "roc") == 0 || strcmp(type, "japanese") == 0) {
		ucal_setGregorianChange(cal, U_DATE_MIN, &status);
		check(status, "ucal_setGregorianChange");
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
