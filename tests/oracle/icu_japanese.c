/*
 * icu_japanese.c: print ICU4C's Japanese date for each Julian Day Number
 * of a range, in calconv's japanese notation, for tests/oracle/run.
 *
 * Usage: icu_japanese FIRST LAST
 *
 * For every JDN n from FIRST to LAST it prints
 *
 *	n<TAB>EY-MM-DD
 *
 * where E is the letter of ICU's UCAL_ERA (232 Meiji M, 233 Taisho T,
 * 234 Showa S, 235 Heisei H, 236 Reiwa R: CLDR's narrow era names), Y
 * is UCAL_YEAR (the year of the era, unpadded), MM UCAL_MONTH + 1 and
 * DD UCAL_DATE.  The instant is 00:00 UTC of day n in a UTC calendar
 * ("en@calendar=japanese"), and ICU's UCAL_JULIAN_DAY must read back
 * n.  An era before Meiji, or any ICU failure, is exit status 2.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include <unicode/ucal.h>
#include <unicode/utypes.h>

#define UNIX_JDN	INT64_C(2440588)	/* JDN of 1970-01-01 */
#define DAY_MS		86400000.0

int
main(int argc, char **argv)
{
	static const char letters[] = "MTSHR";
	UErrorCode st = U_ZERO_ERROR;
	UCalendar *cal;
	int64_t first, last, n;
	int era;

	if (argc != 3) {
		fprintf(stderr, "usage: icu_japanese FIRST LAST\n");
		return 2;
	}
	first = strtoll(argv[1], NULL, 10);
	last = strtoll(argv[2], NULL, 10);
	cal = ucal_open(u"UTC", -1, "en@calendar=japanese", UCAL_DEFAULT, &st);
	if (U_FAILURE(st)) {
		fprintf(stderr, "icu_japanese: %s\n", u_errorName(st));
		return 2;
	}
	for (n = first; n <= last; n++) {
		ucal_setMillis(cal, (double)(n - UNIX_JDN) * DAY_MS, &st);
		era = ucal_get(cal, UCAL_ERA, &st);
		if (U_FAILURE(st) || ucal_get(cal, UCAL_JULIAN_DAY, &st) != n ||
		    era < 232 || era > 236) {
			fprintf(stderr, "icu_japanese: JDN %" PRId64 ": era %d, "
			    "%s\n", n, era, u_errorName(st));
			return 2;
		}
		printf("%" PRId64 "\t%c%d-%02d-%02d\n", n, letters[era - 232],
		    ucal_get(cal, UCAL_YEAR, &st),
		    ucal_get(cal, UCAL_MONTH, &st) + 1,
		    ucal_get(cal, UCAL_DATE, &st));
	}
	ucal_close(cal);
	return U_FAILURE(st) ? 2 : 0;
}
