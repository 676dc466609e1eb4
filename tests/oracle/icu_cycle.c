/*
 * icu_cycle.c: print ICU4C's sexagenary cycle, year in the cycle and
 * cyclic year name for each Julian Day Number of a range, for
 * tests/oracle/chinese-check.
 *
 * Usage: icu_cycle CALENDAR LOCALE FIRST LAST
 *
 * CALENDAR is "chinese" or "dangi", LOCALE a language ("en", "zh",
 * "ko").  For every JDN n = FIRST .. LAST it prints
 *
 *	n<TAB>Y<TAB>CYCLE<TAB>YEAR<TAB>NAME
 *
 * where Y is UCAL_EXTENDED_YEAR (the year as calconv counts it: from
 * -2636 for chinese, the Dangun year for dangi), CYCLE is UCAL_ERA
 * (ICU's Chinese calendar counts the cycles as its eras, 1 from the
 * epoch), YEAR is UCAL_YEAR (1..60 in the cycle) and NAME is the day
 * formatted by the pattern "U", ICU's cyclic year name, in LOCALE with
 * the calendar as its keyword.  The day is its midnight UTC.
 * Exit status: 0, or 2 for a usage error or an ICU failure.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

/* JDN of 1970-01-01, the ICU epoch. */
#define UNIX_JDN	INT64_C(2440588)
#define DAY_MS		86400000.0

static void	check(UErrorCode, const char *);

static void
check(UErrorCode status, const char *what)
{
	if (U_FAILURE(status)) {
		fprintf(stderr, "icu_cycle: %s: %s\n", what,
		    u_errorName(status));
		exit(2);
	}
}

int
main(int argc, char **argv)
{
	UErrorCode status = U_ZERO_ERROR;
	UCalendar *cal;
	UDateFormat *fmt;
	UChar utc[4], pat[2], name[64];
	char locale[128], out[256];
	long long first, last, n;
	int32_t len;
	UDate ms;

	if (argc != 5 || (strcmp(argv[1], "chinese") != 0 &&
	    strcmp(argv[1], "dangi") != 0)) {
		fprintf(stderr, "usage: icu_cycle chinese|dangi LOCALE FIRST "
		    "LAST\n");
		return 2;
	}
	first = strtoll(argv[3], NULL, 10);
	last = strtoll(argv[4], NULL, 10);
	snprintf(locale, sizeof(locale), "%s@calendar=%s", argv[2], argv[1]);
	u_uastrcpy(utc, "UTC");
	u_uastrcpy(pat, "U");
	cal = ucal_open(utc, -1, locale, UCAL_DEFAULT, &status);
	check(status, "ucal_open");
	if (strcmp(ucal_getType(cal, &status), argv[1]) != 0) {
		fprintf(stderr, "icu_cycle: no calendar %s\n", argv[1]);
		return 2;
	}
	fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, pat, -1,
	    &status);
	check(status, "udat_open");
	for (n = first; n <= last; n++) {
		ms = (double)(n - UNIX_JDN) * DAY_MS;
		ucal_setMillis(cal, ms, &status);
		len = udat_format(fmt, ms, name, 64, NULL, &status);
		check(status, "udat_format");
		u_strToUTF8(out, sizeof(out), NULL, name, len, &status);
		check(status, "u_strToUTF8");
		printf("%lld\t%" PRId32 "\t%" PRId32 "\t%" PRId32 "\t%s\n", n,
		    ucal_get(cal, UCAL_EXTENDED_YEAR, &status),
		    ucal_get(cal, UCAL_ERA, &status),
		    ucal_get(cal, UCAL_YEAR, &status), out);
		check(status, "ucal_get");
	}
	udat_close(fmt);
	ucal_close(cal);
	return 0;
}
