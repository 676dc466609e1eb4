/*
 * names_icu.c: print the month, weekday and era names of one calendar
 * family in one language, for the differential test tests/oracle/names-check.
 *
 * One source, two programs that print in the same form:
 *
 *  - built as is and linked with ICU4C (pkg-config icu-i18n), it prints
 *    ICU's names, from ICU's compiled locale data;
 *  - built with -DNAMES_CALCONV and linked with src/names.c and
 *    src/names_data.c, it prints calconv's tables, which tools/gen-names
 *    makes from the CLDR XML without ICU.
 *
 * Usage: names_icu SET LANG       the names of CLDR calendar type SET
 *        names_icu -d LANG        LANG's native decimal digits
 *        names_calconv -p         the (set, language) pairs calconv has
 *        names_calconv -l         the languages of all sets, and those
 *                                 calconv has digits for
 *
 * SET LANG prints one line per name, KIND<TAB>INDEX<TAB>NAME, in
 * calconv's layout (names.h):
 *
 *	month, month_abbr          format context; INDEX is calconv's slot,
 *	month_sa, month_sa_abbr    1..nslots; stand-alone forms are printed
 *	                           resolved (calconv's NULL = the format forms)
 *	weekday, weekday_abbr      INDEX 1..7, Sunday = 1
 *	era, era_wide              INDEX 0..neras-1
 *	leap                       INDEX 0: the leap-month pattern, "{0}"
 *	                           for the month name (chinese, dangi)
 *
 * ICU's arrays map onto calconv's slots directly: ICU's month arrays are
 * CLDR's month types in order followed by the leap forms (for hebrew 14
 * entries, the last "7-yeartype-leap", Adar II), and its weekday arrays
 * are 1-based with [0] empty (UCAL_SUNDAY = 1).  ICU has no API for the
 * leap-month pattern, so ICU's is derived: a date in a leap month is
 * formatted with "MMMM" and that month's plain name replaced by "{0}".
 *
 * -d LANG prints "digits<TAB>0<TAB>D" where D is the ten native digits
 * (ICU: the numbering system of LANG@numbers=native), or "none" when the
 * native system is algorithmic or the ASCII digits.
 *
 * Exit status 0, or 2 on a usage error or an ICU failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef NAMES_CALCONV
#include "names.h"

extern const struct cal_nameset *const names_sets[];
extern const char *const names_native_digits[][11];
const char	*names_leap_pattern(const struct cal_nameset *,
		    const struct cal_names *);
#else
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/unumsys.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>
#endif

static void	usage(void);
static void	put(const char *, int, const char *);

#ifdef NAMES_CALCONV
static const char *prog = "names_calconv";
#else
static const char *prog = "names_icu";
#endif

static void
usage(void)
{
	fprintf(stderr, "usage: %s SET LANG | -d LANG%s\n", prog,
#ifdef NAMES_CALCONV
	    " | -p | -l"
#else
	    ""
#endif
	    );
	exit(2);
}

static void
put(const char *kind, int i, const char *s)
{
	printf("%s\t%d\t%s\n", kind, i, s);
}

#ifdef NAMES_CALCONV

static void	put_list(const char *, const char *const *,
		    const char *const *, int, int);
static int	names(const char *, const char *);
static int	digits(const char *);
static int	pairs(void);
static int	langs(void);

/* Print list, or alt when list is NULL, base being the first index. */
static void
put_list(const char *kind, const char *const *list, const char *const *alt,
    int n, int base)
{
	int i;

	if (list == NULL)
		list = alt;
	for (i = 0; i < n; i++)
		put(kind, i + base, list[i]);
}

static int
names(const char *type, const char *lang)
{
	const struct cal_nameset *set = names_set(type);
	const struct cal_names *l;
	const char *leap;

	if (set == NULL) {
		fprintf(stderr, "%s: no name set %s\n", prog, type);
		return 2;
	}
	l = names_lang(set, lang);
	if (strcmp(l->lang, lang) != 0) {
		fprintf(stderr, "%s: %s has no language %s\n", prog, type,
		    lang);
		return 2;
	}
	put_list("month", l->month, NULL, set->nslots, 1);
	put_list("month_abbr", l->month_abbr, NULL, set->nslots, 1);
	put_list("month_sa", l->month_sa, l->month, set->nslots, 1);
	put_list("month_sa_abbr", l->month_sa_abbr, l->month_abbr,
	    set->nslots, 1);
	put_list("weekday", l->weekday, NULL, 7, 1);
	put_list("weekday_abbr", l->weekday_abbr, NULL, 7, 1);
	put_list("era", l->era, NULL, set->neras, 0);
	put_list("era_wide", l->era_wide, NULL, set->neras, 0);
	if ((leap = names_leap_pattern(set, l)) != NULL)
		put("leap", 0, leap);
	return 0;
}

static int
digits(const char *lang)
{
	const char *const *d = names_digits(lang);
	char buf[64] = "none";
	int i;

	if (d != NULL)
		for (buf[0] = '\0', i = 0; i < 10; i++)
			strcat(buf, d[i]);
	put("digits", 0, buf);
	return 0;
}

static int
pairs(void)
{
	int i, j;

	for (i = 0; names_sets[i] != NULL; i++)
		for (j = 0; j < names_sets[i]->nlangs; j++)
			printf("%s %s\n", names_sets[i]->id,
			    names_sets[i]->langs[j].lang);
	return 0;
}

static int
langs(void)
{
	int i, j;

	for (i = 0; names_sets[i] != NULL; i++)
		for (j = 0; j < names_sets[i]->nlangs; j++)
			printf("%s\n", names_sets[i]->langs[j].lang);
	for (i = 0; names_native_digits[i][0] != NULL; i++)
		printf("%s\n", names_native_digits[i][0]);
	return 0;
}

int
main(int argc, char *argv[])
{
	if (argc == 2 && strcmp(argv[1], "-p") == 0)
		return pairs();
	if (argc == 2 && strcmp(argv[1], "-l") == 0)
		return langs();
	if (argc == 3 && strcmp(argv[1], "-d") == 0)
		return digits(argv[2]);
	if (argc != 3 || argv[1][0] == '-')
		usage();
	return names(argv[1], argv[2]);
}

#else /* ICU */

static void	check(UErrorCode, const char *);
static void	utf8(const UChar *, int32_t, char *, size_t);
static void	put_symbols(UDateFormat *, const char *, UDateFormatSymbolType,
		    int);
static void	put_leap(const char *, const char *);
static int	names(const char *, const char *);
static int	digits(const char *);

static void
check(UErrorCode st, const char *what)
{
	if (U_FAILURE(st)) {
		fprintf(stderr, "%s: %s: %s\n", prog, what, u_errorName(st));
		exit(2);
	}
}

static void
utf8(const UChar *s, int32_t n, char *out, size_t size)
{
	UErrorCode st = U_ZERO_ERROR;

	u_strToUTF8(out, (int32_t)size, NULL, s, n, &st);
	check(st, "u_strToUTF8");
}

/*
 * Print ICU's symbols of one type; skip is the number of leading
 * entries that are not names (1 for weekdays: ICU's [0] is empty).
 */
static void
put_symbols(UDateFormat *fmt, const char *kind, UDateFormatSymbolType type,
    int skip)
{
	UChar u[512];
	char s[2048];
	int32_t i, n = udat_countSymbols(fmt, type), len;
	UErrorCode st = U_ZERO_ERROR;

	for (i = skip; i < n; i++) {
		st = U_ZERO_ERROR;
		len = udat_getSymbols(fmt, type, i, u, 512, &st);
		check(st, "udat_getSymbols");
		utf8(u, len, s, sizeof(s));
		/* calconv's slots and weekdays are 1-based, eras 0-based. */
		put(kind, (int)(i - skip) + (type == UDAT_ERAS ||
		    type == UDAT_ERA_NAMES ? 0 : 1), s);
	}
}

/*
 * The leap-month pattern, derived: find a day in a leap month (one is
 * at most three years ahead of 2020-01-01 in a Chinese-style
 * calendar), format it with "MMMM", and put "{0}" where the plain
 * name of that month stands.  Prints nothing for calendars without
 * leap months.
 */
static void
put_leap(const char *loc, const char *type)
{
	static const UChar pat[] = { 'M', 'M', 'M', 'M', 0 };
	UErrorCode st = U_ZERO_ERROR;
	UCalendar *cal;
	UDateFormat *fmt;
	UDate t = 1577836800000.0 + 43200000.0;	/* 2020-01-01 noon UTC */
	UChar u[256];
	char got[1024], plain[512], out[1200], *p;
	int32_t i, len, month = -1;

	if (strcmp(type, "chinese") != 0 && strcmp(type, "dangi") != 0)
		return;
	cal = ucal_open(u"UTC", -1, loc, UCAL_DEFAULT, &st);
	check(st, "ucal_open");
	for (i = 0; i < 3 * 400; i++, t += 86400000.0) {
		ucal_setMillis(cal, t, &st);
		if (ucal_get(cal, UCAL_IS_LEAP_MONTH, &st) == 1) {
			month = ucal_get(cal, UCAL_MONTH, &st);
			break;
		}
	}
	check(st, "ucal_get");
	if (month < 0) {
		fprintf(stderr, "%s: no leap month found\n", prog);
		exit(2);
	}
	fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, u"UTC", -1, pat, -1,
	    &st);
	check(st, "udat_open");
	udat_setCalendar(fmt, cal);
	len = udat_format(fmt, t, u, 256, NULL, &st);
	check(st, "udat_format");
	utf8(u, len, got, sizeof(got));
	len = udat_getSymbols(fmt, UDAT_MONTHS, month, u, 256, &st);
	check(st, "udat_getSymbols");
	utf8(u, len, plain, sizeof(plain));
	if ((p = strstr(got, plain)) == NULL)
		snprintf(out, sizeof(out), "%s (no %s in it)", got, plain);
	else
		snprintf(out, sizeof(out), "%.*s{0}%s", (int)(p - got), got,
		    p + strlen(plain));
	put("leap", 0, out);
	udat_close(fmt);
	ucal_close(cal);
}

static int
names(const char *type, const char *lang)
{
	char loc[128];
	UErrorCode st = U_ZERO_ERROR;
	UDateFormat *fmt;
	size_t i;

	/* "zh-Hant" is ICU's "zh_Hant". */
	snprintf(loc, sizeof(loc), "%s@calendar=%s", lang, type);
	for (i = 0; loc[i] != '@'; i++)
		if (loc[i] == '-')
			loc[i] = '_';
	fmt = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, loc, u"UTC", -1, NULL, 0,
	    &st);
	check(st, "udat_open");
	put_symbols(fmt, "month", UDAT_MONTHS, 0);
	put_symbols(fmt, "month_abbr", UDAT_SHORT_MONTHS, 0);
	put_symbols(fmt, "month_sa", UDAT_STANDALONE_MONTHS, 0);
	put_symbols(fmt, "month_sa_abbr", UDAT_STANDALONE_SHORT_MONTHS, 0);
	put_symbols(fmt, "weekday", UDAT_WEEKDAYS, 1);
	put_symbols(fmt, "weekday_abbr", UDAT_SHORT_WEEKDAYS, 1);
	put_symbols(fmt, "era", UDAT_ERAS, 0);
	put_symbols(fmt, "era_wide", UDAT_ERA_NAMES, 0);
	udat_close(fmt);
	put_leap(loc, type);
	return 0;
}

static int
digits(const char *lang)
{
	char loc[128], buf[256] = "none";
	UChar u[64];
	UErrorCode st = U_ZERO_ERROR;
	UNumberingSystem *ns;
	int32_t len;
	size_t i;

	snprintf(loc, sizeof(loc), "%s@numbers=native", lang);
	for (i = 0; loc[i] != '@'; i++)
		if (loc[i] == '-')
			loc[i] = '_';
	ns = unumsys_open(loc, &st);
	check(st, "unumsys_open");
	if (!unumsys_isAlgorithmic(ns)) {
		len = unumsys_getDescription(ns, u, 64, &st);
		check(st, "unumsys_getDescription");
		utf8(u, len, buf, sizeof(buf));
		if (strcmp(buf, "0123456789") == 0)
			strcpy(buf, "none");
	}
	unumsys_close(ns);
	put("digits", 0, buf);
	return 0;
}

int
main(int argc, char *argv[])
{
	if (argc == 3 && strcmp(argv[1], "-d") == 0)
		return digits(argv[2]);
	if (argc != 3 || argv[1][0] == '-')
		usage();
	return names(argv[1], argv[2]);
}

#endif
