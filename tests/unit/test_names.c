/*
 * test_names.c: the name tables (names_data.c, generated from CLDR) and
 * their lookups: every set's shape, every string valid NFC UTF-8, the
 * language matching rules, native digits, and the hand-written parse
 * variants.  That the names are CLDR's is tests/oracle/names-check's
 * job, against ICU.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "names.h"
#include "unit.h"

/* names.c; to be declared in names.h. */
const char	*names_leap_pattern(const struct cal_nameset *,
		    const struct cal_names *);

/* Every CLDR calendar type calconv has names for. */
static const char *const types[] = {
	"gregorian", "persian", "islamic", "hebrew", "coptic", "ethiopic",
	"indian", "buddhist", "roc", "japanese", "chinese", "dangi",
};
#define NTYPES	(sizeof(types) / sizeof(types[0]))

static int	good_string(const char *);
static int	lang_is(const char *, const char *, const char *);
static int	same_name(const char *, const char *);
static void	every_set_has_a_consistent_shape(void);
static void	every_name_is_nonempty_nfc_utf8(void);
static void	names_lang_matches_on_the_language_subtag(void);
static void	native_digits_follow_cldr(void);
static void	known_names_are_in_their_slots(void);
static void	variants_name_one_slot_each(void);

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

/* Equal when case is folded (parse.c matches names so)? */
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
	static const struct { const char *type; int nslots, neras; } want[] = {
		{ "gregorian", 12, 2 }, { "persian", 12, 1 },
		{ "islamic", 12, 1 }, { "hebrew", 14, 1 },
		{ "coptic", 13, 2 }, { "ethiopic", 13, 2 },
		{ "indian", 12, 1 }, { "buddhist", 12, 1 }, { "roc", 12, 2 },
		{ "japanese", 12, 237 }, { "chinese", 12, 0 },
		{ "dangi", 12, 0 },
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
		CHECK(set->nlangs >= 2 && set->langs != NULL &&
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
	CHECK(n > 2500, "only %d names", n);
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

const struct unit_test names_tests[] = {
	{ "every name set has a consistent shape",
	    every_set_has_a_consistent_shape },
	{ "every name is non-empty NFC UTF-8",
	    every_name_is_nonempty_nfc_utf8 },
	{ "names_lang matches on the language subtag",
	    names_lang_matches_on_the_language_subtag },
	{ "native digits follow CLDR", native_digits_follow_cldr },
	{ "known names are in their slots", known_names_are_in_their_slots },
	{ "each variant names one slot and is not CLDR's",
	    variants_name_one_slot_each },
	{ NULL, NULL }
};
