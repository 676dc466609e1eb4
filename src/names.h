/*
 * names.h: month, weekday and era names per calendar family and
 * language, and native digits.  The tables are facts from the Unicode
 * CLDR, generated into names_data.c by tools/gen-names (run by hand,
 * output committed) and checked against ICU by tests/oracle; the
 * calendars CLDR has no type for (french, egyptian, armenian,
 * positivist, bahai) have hand-made sets in names_extra.c, each with
 * its sources.
 */
#ifndef CALCONV_NAMES_H
#define CALCONV_NAMES_H

#include <stddef.h>
#include <stdint.h>

/*
 * One language's names for one calendar family.  Arrays of month names
 * have nslots entries (see struct cal_nameset); weekdays have 7, Sunday
 * first; eras have neras; the years of the sexagenary cycle (CLDR's
 * cyclicNameSet "years", format, abbreviated, for the chinese and dangi
 * types only) have 60.  Stand-alone forms are NULL where CLDR gives
 * none that differ from the format forms.  All strings are UTF-8 in NFC.
 */
struct cal_names {
	const char		*lang;		/* "en", "fa", "zh-Hant", ... */
	const char *const	*month;		/* format, wide */
	const char *const	*month_abbr;	/* format, abbreviated */
	const char *const	*month_sa;	/* stand-alone, wide, or NULL */
	const char *const	*month_sa_abbr;	/* stand-alone, abbr., or NULL */
	const char *const	*weekday;	/* format, wide */
	const char *const	*weekday_abbr;	/* format, abbreviated */
	const char *const	*era;		/* abbreviated: "BC", "AD" */
	const char *const	*era_wide;	/* "Before Christ", ... */
	const char *const	*cyclic_year;	/* the 60 years of the
						   sexagenary cycle, jia-zi
						   first, or NULL */
};

/*
 * The names of one calendar family, in every language calconv knows.
 * Month slots are CLDR's month types in order (1..12 or 13), then the
 * leap forms CLDR gives as "N-yeartype-leap" (the Hebrew Adar II is
 * slot 14); a backend's month_slot() maps its months onto them.  The
 * hand-made sets number their slots as names_extra.c says: the
 * complementary or epagomenal days are the last slot (french 13,
 * egyptian 13, armenian 13, positivist 14), and bahai has the months
 * Bahá .. Mulk as 1..18, Ayyám-i-Há as 19 and ʻAláʼ as 20.
 */
struct cal_nameset {
	const char		*id;		/* CLDR calendar type: "persian" */
	int			 nslots;
	int			 neras;
	const char		*native;	/* the calendar's own language */
	const struct cal_names	*langs;		/* English first */
	int			 nlangs;
};

/*
 * The name set of a CLDR calendar type ("persian") or of a hand-made
 * set ("french"); NULL when there is none by that name.
 */
const struct cal_nameset	*names_set(const char *type);

/*
 * Every set in turn, i = 0, 1, ...: the generated ones, then the
 * hand-made ones; NULL after the last.
 */
const struct cal_nameset	*names_set_at(size_t i);

/*
 * Has some set names in lang (a language tag or locale name, matched
 * as names_lang() matches it)?  1 or 0; "C", "POSIX", "" and NULL have
 * none, and "native" is the caller's to handle.
 */
int				 names_has_lang(const char *lang);

/*
 * The names in lang ("fa", "fa-IR" and "fa_IR.UTF-8" all find "fa"),
 * "native" for the set's own language; English when the set has no
 * such language.
 */
const struct cal_names	*names_lang(const struct cal_nameset *,
			    const char *lang);

/*
 * The native decimal digits of a language ("fa": U+06F0..U+06F9), as
 * ten UTF-8 strings, or NULL when CLDR's native numbering system for it
 * is the ASCII digits.  (For Hebrew and Amharic that is so; their
 * traditional Hebrew and Ge'ez numerals are not decimal and are
 * written by numerals.c.)
 */
const char *const	*names_digits(const char *lang);

/*
 * The leap-month pattern of set in the language of names ("{0}bis",
 * "闰{0}", "윤{0}"; "{0}" stands for the month name), or NULL when the
 * set names no leap months by pattern (all but chinese and dangi).
 */
const char	*names_leap_pattern(const struct cal_nameset *,
		    const struct cal_names *);

/*
 * The bytes at s (n of them) that are the text before (before != 0) or
 * after the month name in a leap pattern of set in any language ("闰",
 * "bis", this one in any case), or 0 when there is none.
 */
size_t		 names_leap_affix(const struct cal_nameset *, const char *,
		    size_t, int before);

/*
 * Whether byte c may begin the text after the month name in a leap
 * pattern of set, as names_leap_affix(..., 0) matches it: a cheap test
 * before that call.
 */
int		 names_leap_suffix_start(const struct cal_nameset *, char c);

/*
 * Spellings a name may also be written in when parsing (common
 * transliterations with and without diacritics), by name set and month
 * slot.  The list ends with a NULL set.
 */
struct names_variant {
	const char	*set;		/* CLDR calendar type */
	int		 slot;		/* month slot */
	const char	*name;
};

extern const struct names_variant names_variants[];

/*
 * Matching names in text, as -p reads them: in any case, and with or
 * without the Latin diacritics.
 */
enum names_kind { NAMES_MONTH, NAMES_WEEKDAY, NAMES_ERA, NAMES_CYCLIC };

/* No name is longer than this, folded or not. */
#define NAMES_TOKEN_MAX	256

/*
 * Fold s[0..n) into buf for matching: full case folding, decomposed
 * (NFD) with the Latin combining diacritics U+0300..U+036F dropped, so
 * "Farvardīn" matches "farvardin", and the letters used for 'ayn and
 * hamza in transliteration (U+02BB, U+02BC, U+02BF, U+2018, U+2019)
 * written as an ASCII apostrophe, so "Rabiʿ" matches "Rabi'"; the
 * dotless i (U+0131) is written i, so Turkish "SALI" matches "Salı".
 * Marks of other scripts (Arabic harakat, Hebrew points) are kept.
 * ASCII folds byte for byte.  Returns the length, or 0 when it won't
 * fit.
 */
size_t		 names_fold(const char *s, size_t n, char *buf, size_t size);

/*
 * The names of a set folded for finding: every name of every language,
 * and the variants above.  Built the first time a thread asks for the
 * set and kept for that thread's life; NULL when the thread has asked
 * for too many sets, or there is no memory for them.
 */
struct names_index;

const struct names_index *names_index(const struct cal_nameset *);

/*
 * Can a name of kind begin s[0..n)?  0 only when it cannot: a cheap
 * test on s's first two bytes, when they are ASCII letters (or a letter
 * and an apostrophe), before folding s.
 */
int		 names_may_begin(const struct names_index *, enum names_kind,
		    const char *s, size_t n);

/*
 * The slot of the name of kind that folds to buf[0..len) (the first
 * added of several alike), or -1: month slot 1.., weekday 0..6 Sunday
 * first, era 0.., year of the cycle 1..60.
 */
int		 names_find(const struct names_index *, enum names_kind,
		    const char *buf, size_t len);

#endif
