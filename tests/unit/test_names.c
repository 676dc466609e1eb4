/*
 * test_names.c: the name tables (names_data.c, generated from CLDR, and
 * the hand-made names_extra.c) and their lookups: every set's shape,
 * every string valid NFC UTF-8, the language matching rules, native
 * digits, the hand-written parse variants, that every backend's
 * months fit its set's slots, and the folded index -p matches in.  That the names are CLDR's is
 * tests/oracle/names-check's job, against ICU.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "calendar.h"
#include "names.h"
#include "unit.h"

/*
 * Every set calconv has: the CLDR calendar types, then the hand-made
 * sets of names_extra.c.
 */
static const char *const types[] = {
	"gregorian", "persian", "islamic", "hebrew", "coptic", "ethiopic",
	"indian", "buddhist", "roc", "japanese", "chinese", "dangi",
	"french", "egyptian", "armenian", "positivist", "bahai",
	"hindu-solar", "hindu-lunar",
};
#define NTYPES	(sizeof(types) / sizeof(types[0]))
#define NCLDR	12	/* the first NCLDR types are CLDR's */

static int	good_string(const char *);
static int	lang_is(const char *, const char *, const char *);
static int	same_name(const char *, const char *);
static void	every_set_has_a_consistent_shape(void);
static void	every_name_is_nonempty_nfc_utf8(void);
static void	names_lang_matches_on_the_language_subtag(void);
static void	native_digits_follow_cldr(void);
static void	known_names_are_in_their_slots(void);
static void	handmade_weekdays_are_cldrs(void);
static void	hindu_lunar_months_are_cldrs_indian_ones(void);
static void	every_set_is_listed_once(void);
static void	languages_are_known_across_sets(void);
static void	backend_months_fit_their_slots(void);
static void	variants_name_one_slot_each(void);
static void	folded_names_find_their_slots(void);

/* Non-NULL, non-empty, valid UTF-8 and in NFC? */
static int
good_string(const char *s)
{
	uint8_t buf[256];
	uint8_t *n;
	size_t len = sizeof(buf), slen;
	int ok;

	if (s == NULL || *s == '\0')
		return 0;
	slen = strlen(s);
	if (u8_check((const uint8_t *)s, slen) != NULL)
		return 0;
	n = u8_normalize(UNINORM_NFC, (const uint8_t *)s, slen, buf, &len);
	if (n == NULL)
		return 0;
	ok = len == slen && memcmp(n, s, slen) == 0;
	if (n != buf)
		free(n);
	return ok;
}

/* Does names_lang(set type, lang) give the language want? */
static int
lang_is(const char *type, const char *lang, const char *want)
{
	const struct cal_names *l = names_lang(names_set(type), lang);

	return l != NULL && strcmp(l->lang, want) == 0;
}

/* Equal when case is folded (-p matches names so, names_fold())? */
static int
same_name(const char *a, const char *b)
{
	int r = 1;

	if (u8_casecmp((const uint8_t *)a, strlen(a), (const uint8_t *)b,
	    strlen(b), NULL, UNINORM_NFC, &r) != 0)
		return 0;
	return r == 0;
}

static void
every_set_has_a_consistent_shape(void)
{
	/* The hand-made egyptian set has English alone. */
	static const struct {
		const char *type;
		int nslots, neras, nlangs;
	} want[] = {
		{ "gregorian", 12, 2, 2 }, { "persian", 12, 1, 2 },
		{ "islamic", 12, 1, 2 }, { "hebrew", 14, 1, 2 },
		{ "coptic", 13, 2, 2 }, { "ethiopic", 13, 2, 2 },
		{ "indian", 12, 1, 2 }, { "buddhist", 12, 1, 2 },
		{ "roc", 12, 2, 2 }, { "japanese", 12, 237, 2 },
		{ "chinese", 12, 0, 2 }, { "dangi", 12, 0, 2 },
		{ "french", 13, 1, 2 }, { "egyptian", 13, 1, 1 },
		{ "armenian", 13, 1, 2 }, { "positivist", 14, 1, 2 },
		{ "bahai", 20, 1, 2 }, { "hindu-solar", 12, 1, 2 },
		{ "hindu-lunar", 12, 1, 2 },
	};
	const struct cal_nameset *set;
	const struct cal_names *l;
	size_t i;
	int j, k, native;

	CHECK(sizeof(want) / sizeof(want[0]) == NTYPES, "table sizes");
	for (i = 0; i < NTYPES; i++) {
		set = names_set(want[i].type);
		CHECK(set != NULL, "no set %s", want[i].type);
		if (set == NULL)
			continue;
		CHECK(strcmp(set->id, want[i].type) == 0, "%s: id %s",
		    want[i].type, set->id);
		CHECK(set->nslots == want[i].nslots, "%s: %d slots",
		    set->id, set->nslots);
		CHECK(set->neras == want[i].neras, "%s: %d eras", set->id,
		    set->neras);
		CHECK(set->nlangs >= want[i].nlangs && set->langs != NULL &&
		    strcmp(set->langs[0].lang, "en") == 0,
		    "%s: English is not first", set->id);
		native = 0;
		for (j = 0; j < set->nlangs; j++) {
			l = &set->langs[j];
			native |= strcmp(l->lang, set->native) == 0;
			CHECK(l->month != NULL && l->month_abbr != NULL &&
			    l->weekday != NULL && l->weekday_abbr != NULL,
			    "%s %s: a NULL list", set->id, l->lang);
			CHECK((set->neras == 0) == (l->era == NULL) &&
			    (set->neras == 0) == (l->era_wide == NULL),
			    "%s %s: eras and neras disagree", set->id,
			    l->lang);
			/* Stand-alone forms are NULL when they are the same. */
			if (l->month_sa != NULL) {
				for (k = 0; k < set->nslots; k++)
					if (strcmp(l->month_sa[k],
					    l->month[k]) != 0)
						break;
				CHECK(k < set->nslots, "%s %s: stand-alone "
				    "names equal the format names", set->id,
				    l->lang);
			}
			for (k = 0; k < j; k++)
				CHECK(strcmp(set->langs[k].lang, l->lang) != 0,
				    "%s: %s twice", set->id, l->lang);
		}
		CHECK(native, "%s: native language %s is not in the set",
		    set->id, set->native);
	}
	CHECK(names_set("julian") == NULL, "julian is not a CLDR type");
	CHECK(names_set("") == NULL && names_set(NULL) == NULL, "no type");
	CHECK(names_lang(NULL, "en") == NULL, "no set");
}

static void
every_name_is_nonempty_nfc_utf8(void)
{
	const struct cal_nameset *set;
	const struct cal_names *l;
	const char *const *lists[8];
	int sizes[8], i, j, k, n = 0;
	size_t t;

	for (t = 0; t < NTYPES; t++) {
		if ((set = names_set(types[t])) == NULL)
			continue;
		for (j = 0; j < set->nlangs; j++) {
			l = &set->langs[j];
			CHECK(good_string(l->lang), "%s: a bad language",
			    set->id);
			lists[0] = l->month, sizes[0] = set->nslots;
			lists[1] = l->month_abbr, sizes[1] = set->nslots;
			lists[2] = l->month_sa, sizes[2] = set->nslots;
			lists[3] = l->month_sa_abbr, sizes[3] = set->nslots;
			lists[4] = l->weekday, sizes[4] = 7;
			lists[5] = l->weekday_abbr, sizes[5] = 7;
			lists[6] = l->era, sizes[6] = set->neras;
			lists[7] = l->era_wide, sizes[7] = set->neras;
			for (i = 0; i < 8; i++)
				for (k = 0; lists[i] != NULL &&
				    k < sizes[i]; k++, n++)
					CHECK(good_string(lists[i][k]),
					    "%s %s: list %d, name %d is not "
					    "non-empty NFC UTF-8", set->id,
					    l->lang, i, k);
		}
	}
	CHECK(n > 2700, "only %d names", n);
}

static void
names_lang_matches_on_the_language_subtag(void)
{
	static const struct { const char *type, *lang, *want; } cases[] = {
		{ "persian", "fa", "fa" },
		{ "persian", "fa-IR", "fa" },
		{ "persian", "fa_IR.UTF-8", "fa" },
		{ "persian", "FA_ir@euro", "fa" },
		{ "persian", "Fa", "fa" },
		{ "persian", "native", "fa" },
		{ "persian", "NATIVE", "fa" },
		{ "persian", "en_US.UTF-8", "en" },
		{ "persian", "de_DE", "en" },		/* not in the set */
		{ "persian", "", "en" },
		{ "persian", "C", "en" },
		{ "persian", "C.UTF-8", "en" },
		{ "persian", "POSIX", "en" },
		{ "persian", "fas", "en" },		/* no 3-letter fa */
		{ "persian", "farsi", "en" },
		{ "persian", "f", "en" },
		{ "persian", "fa1", "en" },
		{ "hebrew", "he_IL.UTF-8", "he" },
		{ "hebrew", "native", "he" },
		{ "islamic", "ur_PK", "ur" },
		{ "islamic", "tr-TR", "tr" },
		{ "islamic", "native", "ar" },
		{ "ethiopic", "am_ET", "am" },
		{ "roc", "zh-Hant", "zh-Hant" },
		{ "roc", "zh_TW", "zh-Hant" },
		{ "roc", "zh_HK.UTF-8", "zh-Hant" },
		{ "roc", "zh-Hant-TW", "zh-Hant" },
		{ "roc", "zh-hant", "zh-Hant" },
		{ "roc", "native", "zh-Hant" },
		{ "roc", "zh", "zh-Hant" },		/* the language */
		{ "chinese", "zh", "zh" },
		{ "chinese", "zh_CN.UTF-8", "zh" },
		{ "chinese", "zh-Hans", "zh" },
		{ "chinese", "zh_TW", "zh" },		/* the language */
		{ "gregorian", "zh_TW.UTF-8", "zh" },
		{ "gregorian", "ja_JP.UTF-8", "ja" },
		{ "gregorian", "pt_BR", "pt" },
		{ "gregorian", "native", "en" },
		{ "dangi", "ko_KR.UTF-8", "ko" },
		{ "french", "fr_FR.UTF-8", "fr" },
		{ "french", "fr-CA", "fr" },
		{ "french", "native", "fr" },
		{ "french", "de", "en" },
		{ "egyptian", "native", "en" },
		{ "egyptian", "fr", "en" },
		{ "armenian", "hy_AM.UTF-8", "hy" },
		{ "armenian", "native", "hy" },
		{ "armenian", "ru", "en" },
		{ "positivist", "fr", "fr" },
		{ "positivist", "native", "fr" },
		{ "bahai", "fa_IR.UTF-8", "fa" },
		{ "bahai", "native", "fa" },
		{ "bahai", "ar", "en" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(lang_is(cases[i].type, cases[i].lang, cases[i].want),
		    "%s %s: not %s", cases[i].type, cases[i].lang,
		    cases[i].want);
	CHECK(names_lang(names_set("persian"), NULL) ==
	    &names_set("persian")->langs[0], "NULL is English");
}

static void
native_digits_follow_cldr(void)
{
	/* Nd digits: language, the code point of zero. */
	static const struct { const char *lang; ucs4_t zero; } nd[] = {
		{ "fa", 0x06F0 }, { "fa_IR.UTF-8", 0x06F0 },
		{ "ur", 0x06F0 }, { "ar", 0x0660 }, { "ar-EG", 0x0660 },
		{ "hi", 0x0966 }, { "bn", 0x09E6 }, { "th", 0x0E50 },
	};
	static const char *const none[] = {
		"en", "en_US.UTF-8", "he", "he_IL", "am", "ja", "ko", "tr",
		"ru", "C", "POSIX", "", "xx",
	};
	static const char *const hanidec[] = {
		"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
	};
	const char *const *d;
	ucs4_t c;
	size_t i;
	int k, n;

	for (i = 0; i < sizeof(nd) / sizeof(nd[0]); i++) {
		d = names_digits(nd[i].lang);
		CHECK(d != NULL, "%s: no digits", nd[i].lang);
		for (k = 0; d != NULL && k < 10; k++) {
			n = u8_mbtouc(&c, (const uint8_t *)d[k], strlen(d[k]));
			CHECK(n == (int)strlen(d[k]) && c == nd[i].zero +
			    (ucs4_t)k && uc_decimal_value(c) == k,
			    "%s: digit %d", nd[i].lang, k);
		}
	}
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		CHECK(names_digits(none[i]) == NULL, "%s has digits", none[i]);
	CHECK(names_digits(NULL) == NULL, "NULL");
	/* Han decimal digits are no Nd characters: compare the strings. */
	d = names_digits("zh");
	for (k = 0; d != NULL && k < 10; k++)
		CHECK(strcmp(d[k], hanidec[k]) == 0, "zh digit %d", k);
	CHECK(d != NULL && names_digits("zh_TW") != NULL, "zh digits");
}

static void
known_names_are_in_their_slots(void)
{
	const struct cal_nameset *s;
	const struct cal_names *l;

	l = names_lang(names_set("gregorian"), "en");
	CHECK(strcmp(l->month[0], "January") == 0 &&
	    strcmp(l->month[11], "December") == 0 &&
	    strcmp(l->weekday[0], "Sunday") == 0 &&
	    strcmp(l->weekday_abbr[6], "Sat") == 0 &&
	    strcmp(l->era[0], "BC") == 0 &&
	    strcmp(l->era_wide[1], "Anno Domini") == 0, "gregorian en");
	l = names_lang(names_set("hebrew"), "en");
	CHECK(strcmp(l->month[5], "Adar I") == 0 &&
	    strcmp(l->month[6], "Adar") == 0 &&
	    strcmp(l->month[13], "Adar II") == 0, "hebrew en Adars");
	l = names_lang(names_set("hebrew"), "he");
	CHECK(strcmp(l->month[13], "אדר ב׳") == 0, "hebrew he Adar II");
	l = names_lang(names_set("persian"), "fa");
	CHECK(strcmp(l->month[0], "فروردین") == 0 &&
	    strcmp(l->month[11], "اسفند") == 0, "persian fa");
	l = names_lang(names_set("japanese"), "en");
	CHECK(strcmp(l->era[232], "Meiji") == 0 &&
	    strcmp(l->era[235], "Heisei") == 0 &&
	    strcmp(l->era[236], "Reiwa") == 0, "japanese en eras");
	l = names_lang(names_set("japanese"), "ja");
	CHECK(strcmp(l->era[236], "令和") == 0, "japanese ja Reiwa");
	l = names_lang(names_set("coptic"), "ar");
	CHECK(strcmp(l->month[12], "نسيئ") == 0, "coptic ar month 13");
	s = names_set("chinese");
	CHECK(strcmp(names_leap_pattern(s, names_lang(s, "zh")), "闰{0}") ==
	    0, "chinese zh leap");
	CHECK(strcmp(names_leap_pattern(s, names_lang(s, "en")), "{0}bis") ==
	    0, "chinese en leap");
	s = names_set("dangi");
	CHECK(strcmp(names_leap_pattern(s, names_lang(s, "ko")), "윤{0}") ==
	    0, "dangi ko leap");
	s = names_set("gregorian");
	CHECK(names_leap_pattern(s, names_lang(s, "en")) == NULL,
	    "no gregorian leap pattern");

	/* The hand-made sets: first, last and complementary slots. */
	l = names_lang(names_set("french"), "en");
	CHECK(strcmp(l->month[0], "Vendémiaire") == 0 &&
	    strcmp(l->month[11], "Fructidor") == 0 &&
	    strcmp(l->month[12], "Sansculottides") == 0 &&
	    strcmp(l->era[0], "ER") == 0 &&
	    strcmp(l->weekday[3], "Wednesday") == 0, "french en");
	l = names_lang(names_set("french"), "fr");
	CHECK(strcmp(l->month[6], "germinal") == 0 &&
	    strcmp(l->month[12], "jours complémentaires") == 0 &&
	    strcmp(l->era_wide[0], "ère républicaine") == 0 &&
	    strcmp(l->weekday[3], "mercredi") == 0, "french fr");
	l = names_lang(names_set("egyptian"), "en");
	CHECK(strcmp(l->month[0], "Thoth") == 0 &&
	    strcmp(l->month[11], "Mesori") == 0 &&
	    strcmp(l->month[12], "Epagomenae") == 0 &&
	    strcmp(l->era[0], "Nabonassar") == 0, "egyptian en");
	l = names_lang(names_set("armenian"), "en");
	CHECK(strcmp(l->month[0], "Nawasard") == 0 &&
	    strcmp(l->month[11], "Hroticʿ") == 0 &&
	    strcmp(l->month[12], "Aweleacʿ") == 0 &&
	    strcmp(l->era[0], "Armenian Era") == 0, "armenian en");
	l = names_lang(names_set("armenian"), "hy");
	CHECK(strcmp(l->month[0], "նաւասարդ") == 0 &&
	    strcmp(l->month[12], "աւելեաց") == 0 &&
	    strcmp(l->weekday[0], "կիրակի") == 0 &&
	    strcmp(l->weekday_abbr[6], "շբթ") == 0 &&
	    strcmp(l->era[0], "Թ.Հ.") == 0, "armenian hy");
	l = names_lang(names_set("positivist"), "en");
	CHECK(strcmp(l->month[0], "Moses") == 0 &&
	    strcmp(l->month[5], "Saint Paul") == 0 &&
	    strcmp(l->month[12], "Bichat") == 0 &&
	    strcmp(l->month[13], "Complementary Days") == 0 &&
	    strcmp(l->era[0], "of the Great Crisis") == 0, "positivist en");
	l = names_lang(names_set("positivist"), "fr");
	CHECK(strcmp(l->month[0], "Moïse") == 0 &&
	    strcmp(l->month[11], "Frédéric") == 0, "positivist fr");
	l = names_lang(names_set("bahai"), "en");
	CHECK(strcmp(l->month[0], "Bahá") == 0 &&
	    strcmp(l->month[3], "ʻAẓamat") == 0 &&
	    strcmp(l->month[17], "Mulk") == 0 &&
	    strcmp(l->month[18], "Ayyám-i-Há") == 0 &&
	    strcmp(l->month[19], "ʻAláʼ") == 0 &&
	    strcmp(l->era[0], "BE") == 0, "bahai en");
	l = names_lang(names_set("bahai"), "fa");
	CHECK(strcmp(l->month[0], "بهاء") == 0 &&
	    strcmp(l->month[18], "ایام هاء") == 0 &&
	    strcmp(l->month[19], "علاء") == 0 &&
	    strcmp(l->era[0], "بدیع") == 0, "bahai fa");
	s = names_set("french");
	CHECK(names_leap_pattern(s, names_lang(s, "fr")) == NULL,
	    "no french leap pattern");
}

/*
 * names_extra.c copies CLDR's Gregorian weekdays: each copy must equal
 * the generated list of its language.
 */
static void
handmade_weekdays_are_cldrs(void)
{
	const struct cal_nameset *set;
	const struct cal_names *l, *g;
	size_t t;
	int j, k;

	for (t = NCLDR; t < NTYPES; t++) {
		if ((set = names_set(types[t])) == NULL)
			continue;
		for (j = 0; j < set->nlangs; j++) {
			l = &set->langs[j];
			g = names_lang(names_set("gregorian"), l->lang);
			if (strcmp(g->lang, l->lang) != 0)
				continue;	/* hy: checked by name above */
			for (k = 0; k < 7; k++)
				CHECK(!strcmp(l->weekday[k], g->weekday[k]) &&
				    !strcmp(l->weekday_abbr[k],
				    g->weekday_abbr[k]),
				    "%s %s: weekday %d is not CLDR's", set->id,
				    l->lang, k);
		}
	}
}

/* names_set_at() gives each set of types[] once, then NULL. */
static void
every_set_is_listed_once(void)
{
	const struct cal_nameset *set;
	size_t i, t;
	int seen[NTYPES] = { 0 };

	for (i = 0; (set = names_set_at(i)) != NULL && i < 64; i++) {
		for (t = 0; t < NTYPES; t++)
			if (strcmp(set->id, types[t]) == 0)
				break;
		CHECK(t < NTYPES, "set %s is not in types[]", set->id);
		if (t == NTYPES)
			continue;
		seen[t]++;
		CHECK(names_set(set->id) == set, "%s: names_set finds another",
		    set->id);
	}
	CHECK(i == NTYPES, "%zu sets, want %zu", i, NTYPES);
	for (t = 0; t < NTYPES; t++)
		CHECK(seen[t] == 1, "%s listed %d times", types[t], seen[t]);
	CHECK(names_set_at(NTYPES) == NULL && names_set_at(1000) == NULL,
	    "past the end");
}

static void
languages_are_known_across_sets(void)
{
	static const char *const yes[] = {
		"en", "fr_FR.UTF-8", "fa", "hy", "hy_AM.UTF-8", "HY", "am",
		"th", "zh-Hant", "zh_TW", "ur", "ko",
	};
	static const char *const no[] = {
		"xx", "C", "POSIX", "C.UTF-8", "", "armenian", "h", "native",
	};
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		CHECK(names_has_lang(yes[i]), "%s is unknown", yes[i]);
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		CHECK(!names_has_lang(no[i]), "%s is known", no[i]);
	CHECK(!names_has_lang(NULL), "NULL is known");
}

/*
 * Every backend with names has a set, its months map into the set's
 * slots and back, and the backends together use every slot of each
 * set they name (so no slot count is off by one).  Years 1..40 hold
 * leap and common years of every calendar; the range ends are added.
 */
static void
backend_months_fit_their_slots(void)
{
	const struct calendar *const *tab = cal_table();
	const struct calendar *cal;
	const struct cal_nameset *set;
	int64_t years[42], y;
	int used[NTYPES][32], named[NTYPES];
	int i, m, slot, n, k;
	size_t t;

	memset(used, 0, sizeof(used));
	memset(named, 0, sizeof(named));
	for (i = 0; i < cal_count(); i++) {
		cal = tab[i];
		if (cal->names == NULL)
			continue;
		set = names_set(cal->names);
		CHECK(set != NULL, "%s: no name set %s", cal->id, cal->names);
		for (t = 0; set != NULL && t < NTYPES; t++)
			if (strcmp(types[t], set->id) == 0)
				break;
		if (set == NULL || t == NTYPES || set->nslots > 31)
			continue;
		named[t] = 1;
		years[0] = cal->min_year;
		years[1] = cal->max_year;
		for (k = 2; k < 42; k++)
			years[k] = k - 1;
		for (k = 0; k < 42; k++) {
			y = years[k];
			n = cal->months_in_year(y);
			for (m = 1; m <= n; m++) {
				slot = cal->month_slot != NULL ?
				    cal->month_slot(y, m, 0) : m;
				CHECK(slot >= 1 && slot <= set->nslots,
				    "%s %" PRId64 "-%d: slot %d of %d", cal->id,
				    y, m, slot, set->nslots);
				if (slot < 1 || slot > set->nslots)
					continue;
				used[t][slot] = 1;
				CHECK(cal->slot_month == NULL ||
				    cal->slot_month(y, slot) == m,
				    "%s %" PRId64 "-%d: slot %d is month %d",
				    cal->id, y, m, slot,
				    cal->slot_month(y, slot));
			}
		}
	}
	for (t = 0; t < NTYPES; t++) {
		if (!named[t])
			continue;	/* japanese, chinese, dangi; bahai */
		set = names_set(types[t]);
		for (slot = 1; slot <= set->nslots; slot++)
			CHECK(used[t][slot], "%s: no backend uses slot %d",
			    set->id, slot);
	}
	CHECK(named[0] && named[NCLDR], "gregorian and french are used");
}

static void
variants_name_one_slot_each(void)
{
	const struct names_variant *v, *w;
	const struct cal_nameset *set;
	const struct cal_names *l;
	const char *const *lists[4];
	int i, j, k, n = 0;

	for (v = names_variants; v->set != NULL; v++, n++) {
		set = names_set(v->set);
		CHECK(set != NULL, "variant %s: no set %s", v->name, v->set);
		if (set == NULL)
			continue;
		CHECK(v->slot >= 1 && v->slot <= set->nslots,
		    "variant %s: slot %d", v->name, v->slot);
		CHECK(good_string(v->name), "variant %d is not NFC UTF-8", n);
		/* Never another slot's name, in any language, any form. */
		for (j = 0; j < set->nlangs; j++) {
			l = &set->langs[j];
			lists[0] = l->month, lists[1] = l->month_abbr;
			lists[2] = l->month_sa, lists[3] = l->month_sa_abbr;
			for (i = 0; i < 4; i++)
				for (k = 0; lists[i] != NULL &&
				    k < set->nslots; k++) {
					CHECK(k + 1 == v->slot ||
					    !same_name(v->name, lists[i][k]),
					    "variant %s (slot %d) is %s %s "
					    "slot %d", v->name, v->slot,
					    set->id, l->lang, k + 1);
					CHECK(!same_name(v->name,
					    lists[i][k]), "variant %s is "
					    "CLDR's already (%s %s)", v->name,
					    set->id, l->lang);
				}
		}
		for (w = names_variants; w != v; w++)
			CHECK(strcmp(w->set, v->set) != 0 ||
			    !same_name(w->name, v->name),
			    "variant %s twice", v->name);
	}
	CHECK(n >= 40, "only %d variants", n);
}

/* names_extra.c copies CLDR's indian month names for hindu-lunar. */
static void
hindu_lunar_months_are_cldrs_indian_ones(void)
{
	const struct cal_nameset *h = names_set("hindu-lunar");
	const struct cal_nameset *c = names_set("indian");
	const char *const langs[] = { "en", "hi" };
	size_t i;
	int m;

	CHECK(h != NULL && c != NULL && h->nslots == 12, "no sets");
	if (h == NULL || c == NULL)
		return;
	for (i = 0; i < 2; i++)
		for (m = 0; m < 12; m++)
			CHECK(strcmp(names_lang(h, langs[i])->month[m],
			    names_lang(c, langs[i])->month[m]) == 0,
			    "%s month %d", langs[i], m + 1);
}

/*
 * Folding: case, the Latin diacritics and the transliterations' 'ayn
 * and hamza; and every wide month and weekday name of every set,
 * folded, is found in its set's index as a name of its kind.
 */
static void
folded_names_find_their_slots(void)
{
	static const struct {
		const char	*in, *want;
	} folds[] = {
		{ "Farvardīn", "farvardin" }, { "RABIʿ", "rabi'" },
		{ "SALI", "sali" }, { "Ḵordād", "kordad" }, { "abc", "abc" },
	};
	const struct cal_nameset *set;
	const struct names_index *idx;
	const struct cal_names *l;
	char buf[NAMES_TOKEN_MAX];
	size_t i, n;
	int j, k;

	for (i = 0; i < sizeof(folds) / sizeof(folds[0]); i++) {
		n = names_fold(folds[i].in, strlen(folds[i].in), buf,
		    sizeof(buf));
		CHECK(n == strlen(folds[i].want) &&
		    memcmp(buf, folds[i].want, n) == 0, "fold %s: %.*s",
		    folds[i].in, (int)n, buf);
	}
	CHECK(names_fold("ABCD", 4, buf, 3) == 0, "fold into too little");
	set = names_set("persian");
	CHECK((idx = names_index(set)) != NULL && names_index(set) == idx,
	    "persian: one index");
	CHECK(names_find(idx, NAMES_MONTH, "farvardin", 9) == 1 &&
	    names_find(idx, NAMES_WEEKDAY, "farvardin", 9) == -1 &&
	    names_may_begin(idx, NAMES_MONTH, "Farvardin", 9),
	    "persian: farvardin");
	for (i = 0; i < NTYPES; i++) {
		set = names_set(types[i]);
		CHECK((idx = names_index(set)) != NULL, "%s: no index",
		    types[i]);
		if (idx == NULL)
			continue;
		for (j = 0; j < set->nlangs; j++) {
			l = &set->langs[j];
			for (k = 0; k < set->nslots + 7; k++) {
				const char *name = k < set->nslots ?
				    l->month[k] : l->weekday[k - set->nslots];
				enum names_kind kind = k < set->nslots ?
				    NAMES_MONTH : NAMES_WEEKDAY;

				if (name == NULL || *name == '\0')
					continue;
				n = names_fold(name, strlen(name), buf,
				    sizeof(buf));
				CHECK(n > 0 && names_find(idx, kind, buf, n) >=
				    (kind == NAMES_MONTH) && names_may_begin(idx,
				    kind, name, strlen(name)), "%s %s: %s",
				    types[i], l->lang, name);
			}
		}
	}
}

const struct unit_test names_tests[] = {
	{ "every name set has a consistent shape",
	    every_set_has_a_consistent_shape },
	{ "every name is non-empty NFC UTF-8",
	    every_name_is_nonempty_nfc_utf8 },
	{ "names_lang matches on the language subtag",
	    names_lang_matches_on_the_language_subtag },
	{ "native digits follow CLDR", native_digits_follow_cldr },
	{ "known names are in their slots", known_names_are_in_their_slots },
	{ "hand-made sets copy CLDR's weekdays",
	    handmade_weekdays_are_cldrs },
	{ "hindu-lunar's months are CLDR's indian ones",
	    hindu_lunar_months_are_cldrs_indian_ones },
	{ "every set is listed once", every_set_is_listed_once },
	{ "languages are known across sets",
	    languages_are_known_across_sets },
	{ "backend months fit their name slots",
	    backend_months_fit_their_slots },
	{ "each variant names one slot and is not CLDR's",
	    variants_name_one_slot_each },
	{ "folded names find their slots", folded_names_find_their_slots },
	{ NULL, NULL }
};
