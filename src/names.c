/*
 * names.c: finding a name set, a language in it, and a language's
 * native digits.  The tables themselves are in names_data.c, generated
 * from the Unicode CLDR by tools/gen-names, and in names_extra.c, the
 * hand-made sets of the calendars CLDR has no type for (French
 * Republican, Egyptian, Armenian, Positivist, Bahá'í); this file adds
 * only the hand-written parse-only transliteration variants
 * (names_variants), which are not CLDR's and so are kept here, each
 * with its source.
 *
 * Language tags are matched as POSIX locale names and BCP 47 tags
 * both: "fa", "fa-IR", "fa_IR.UTF-8" and "FA_ir@euro" are all Persian.
 * Only the language subtag and, for Chinese, the script (given, or
 * implied by the region: TW, HK and MO write Traditional) are used.
 *
 * Everything here is static const data: no heap, no locks, no state.
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "names.h"

/* Defined in the generated names_data.c. */
extern const struct cal_nameset *const names_sets[];
extern const char *const names_leap[][3];
/* The hand-made sets' patterns, names_extra.c. */
extern const char *const names_extra_leap[][3];
extern const char *const names_native_digits[][11];

/* Defined in the hand-made names_extra.c. */
extern const struct cal_nameset *const names_extra_sets[];

/* A parsed language tag: language subtag, and the Chinese script. */
struct tag {
	char	lang[4];	/* lower case, "" when there is none */
	int	hant;		/* Traditional Chinese script (zh only) */
};

static int	lower(int);
static int	is_alpha(int);
static int	eq_ci(const char *, size_t, const char *);
static int	tag_parse(const char *, struct tag *);
static int	tag_match(const struct tag *, const char *);

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
is_alpha(int c)
{
	c = lower(c);
	return c >= 'a' && c <= 'z';
}

/* Is s[0..n) equal to lower-case ASCII t, ignoring case? */
static int
eq_ci(const char *s, size_t n, const char *t)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i] == '\0' || lower((unsigned char)s[i]) != t[i])
			return 0;
	return t[n] == '\0';
}

/*
 * Read the language subtag of s (2 or 3 letters, up to '-', '_', '.',
 * '@' or the end) and, for zh, the script: a "Hant" subtag, or a TW, HK
 * or MO region, is Traditional.  Returns 0, or -1 when s has no
 * language subtag.
 */
static int
tag_parse(const char *s, struct tag *t)
{
	size_t n, m;
	const char *sub;

	memset(t, 0, sizeof(*t));
	for (n = 0; is_alpha((unsigned char)s[n]); n++)
		if (n == 3)
			return -1;
	if (n < 2 || (s[n] != '\0' && s[n] != '-' && s[n] != '_' &&
	    s[n] != '.' && s[n] != '@'))
		return -1;
	for (m = 0; m < n; m++)
		t->lang[m] = (char)lower((unsigned char)s[m]);
	t->lang[n] = '\0';
	if (strcmp(t->lang, "zh") != 0)
		return 0;
	/* The subtags after the language, up to the encoding or modifier. */
	for (sub = s + n; *sub == '-' || *sub == '_'; sub += m) {
		sub++;
		for (m = 0; sub[m] != '\0' && sub[m] != '-' && sub[m] != '_' &&
		    sub[m] != '.' && sub[m] != '@'; m++)
			;
		if (eq_ci(sub, m, "hant") || eq_ci(sub, m, "tw") ||
		    eq_ci(sub, m, "hk") || eq_ci(sub, m, "mo"))
			t->hant = 1;
		else if (eq_ci(sub, m, "hans"))
			t->hant = 0;
	}
	return 0;
}

/*
 * How well the tag matches a table's language ("fa", "zh-Hant"): 2 for
 * language and script, 1 for the language alone, 0 for not at all.
 */
static int
tag_match(const struct tag *t, const char *lang)
{
	struct tag l;

	if (tag_parse(lang, &l) != 0 || strcmp(t->lang, l.lang) != 0)
		return 0;
	return t->hant == l.hant ? 2 : 1;
}

/* The generated sets first, then the hand-made ones. */
const struct cal_nameset *
names_set(const char *type)
{
	size_t i;

	if (type == NULL)
		return NULL;
	for (i = 0; names_sets[i] != NULL; i++)
		if (strcmp(names_sets[i]->id, type) == 0)
			return names_sets[i];
	for (i = 0; names_extra_sets[i] != NULL; i++)
		if (strcmp(names_extra_sets[i]->id, type) == 0)
			return names_extra_sets[i];
	return NULL;
}

const struct cal_nameset *
names_set_at(size_t i)
{
	size_t n;

	for (n = 0; names_sets[n] != NULL; n++)
		if (n == i)
			return names_sets[n];
	i -= n;
	for (n = 0; names_extra_sets[n] != NULL; n++)
		if (n == i)
			return names_extra_sets[n];
	return NULL;
}

int
names_has_lang(const char *lang)
{
	const struct cal_nameset *set;
	struct tag t;
	size_t i;
	int j;

	if (lang == NULL || tag_parse(lang, &t) != 0)
		return 0;
	for (i = 0; (set = names_set_at(i)) != NULL; i++)
		for (j = 0; j < set->nlangs; j++)
			if (tag_match(&t, set->langs[j].lang) > 0)
				return 1;
	return 0;
}

/*
 * The best match for lang among set's languages: language and script,
 * else the language in another script (a Traditional Chinese reader
 * gets Simplified names rather than English ones), else English, which
 * is langs[0].  "native" (in any case) is the set's own language; NULL,
 * "", "C" and "POSIX" are English.  NULL only when set is NULL.
 */
const struct cal_names *
names_lang(const struct cal_nameset *set, const char *lang)
{
	struct tag t;
	int i, best = 0, score, s;

	if (set == NULL)
		return NULL;
	if (lang == NULL)
		return &set->langs[0];
	if (eq_ci(lang, strlen(lang), "native"))
		lang = set->native;
	if (tag_parse(lang, &t) != 0)
		return &set->langs[0];
	for (i = 0, score = 0; i < set->nlangs; i++) {
		s = tag_match(&t, set->langs[i].lang);
		if (s > score) {
			score = s;
			best = i;
		}
	}
	return &set->langs[best];
}

/*
 * The ten digits of lang's native decimal numbering system, by CLDR's
 * <otherNumberingSystems><native>; NULL for a language whose native
 * system is latn (English, but also Hebrew, Amharic, Japanese: CLDR
 * files Hebrew and Ge'ez numerals as their "traditional" systems, and
 * they are algorithmic, not decimal) or that calconv does not table.
 */
const char *const *
names_digits(const char *lang)
{
	struct tag t;
	size_t i, best = 0;
	int score = 0, s;

	if (lang == NULL || tag_parse(lang, &t) != 0)
		return NULL;
	for (i = 0; names_native_digits[i][0] != NULL; i++) {
		s = tag_match(&t, names_native_digits[i][0]);
		if (s > score) {
			score = s;
			best = i;
		}
	}
	return score > 0 ? &names_native_digits[best][1] : NULL;
}

const char *
names_leap_pattern(const struct cal_nameset *set,
    const struct cal_names *names)
{
	size_t i;

	const char *const (*t)[3];
	int k;

	if (set == NULL || names == NULL)
		return NULL;
	for (k = 0; k < 2; k++) {
		t = k == 0 ? names_leap : names_extra_leap;
		for (i = 0; t[i][0] != NULL; i++)
			if (strcmp(t[i][0], set->id) == 0 &&
			    strcmp(t[i][1], names->lang) == 0)
				return t[i][2];
	}
	return NULL;
}

/*
 * The bytes of s (n of them) that spell the k bytes of affix a, ASCII
 * letters in either case ("Adhika", "bis"), or 0: %^B in Turkish writes
 * an i as U+0130, "BİS", "ADHİKA", which is taken for it too.
 */
static size_t
affix_at(const char *s, size_t n, const char *a, size_t k)
{
	size_t i, j = 0;

	for (i = 0; i < k; i++) {
		if ((a[i] | 0x20) == 'i' && j + 1 < n &&
		    memcmp(s + j, "\xc4\xb0", 2) == 0) {
			j += 2;
			continue;
		}
		if (j >= n || tolower((unsigned char)s[j]) !=
		    tolower((unsigned char)a[i]))
			return 0;
		j++;
	}
	return j;
}

size_t
names_leap_affix(const struct cal_nameset *set, const char *s, size_t n,
    int before)
{
	const char *const (*t)[3];
	size_t i, j, k;

	if (set == NULL)
		return 0;
	for (j = 0; j < 2; j++) {
		t = j == 0 ? names_leap : names_extra_leap;
		for (i = 0; t[i][0] != NULL; i++) {
			const char *pat = t[i][2], *at = strstr(pat, "{0}");
			const char *a = before ? pat : at + 3;

			k = before ? (size_t)(at - pat) : strlen(a);
			if (strcmp(t[i][0], set->id) != 0 || k == 0 || k > n)
				continue;
			if ((k = affix_at(s, n, a, k)) != 0)
				return k;
		}
	}
	return 0;
}

int
names_leap_suffix_start(const struct cal_nameset *set, char c)
{
	size_t i;
	const char *at;

	if (set == NULL)
		return 0;
	for (i = 0; names_leap[i][0] != NULL; i++) {
		if (strcmp(names_leap[i][0], set->id) != 0 ||
		    (at = strstr(names_leap[i][2], "{0}")) == NULL ||
		    at[3] == '\0')
			continue;
		/* In any case; "bis" may be written "BİS" too. */
		if (at[3] == c || ((unsigned char)c < 0x80 &&
		    ((unsigned char)at[3] | 0x20) == ((unsigned char)c | 0x20)))
			return 1;
	}
	return 0;
}

/*
 * Parse-only spellings of month names in Latin transliteration: forms
 * readers meet in print that CLDR's English names (shown first in each
 * comment) do not cover.  Slots are the name set's (names.h).  Only
 * attested spellings are listed, with where each is found; forms CLDR
 * already has in another language are left out ("Ramazan" is CLDR's
 * Turkish islamic month 9; "Muharram", "Ramadan", "Tishri", "Tevet" are
 * CLDR's English).  Parsing folds case, so capitalisation is free; the
 * strings are NFC, as are CLDR's.
 *
 * Sources:
 *  [EIr]    Encyclopaedia Iranica's transliteration, as in its articles
 *           (iranicaonline.org): "19 Farvardīn 448 Yazdegerdī" and
 *           "9 Ramażān 471" (R. Abdollahy, "Calendars ii. In the Islamic
 *           period"), "9 Ordībehešt 1330 Š." and "28 Mordād 1332"
 *           (M. J. Gasiorowski, "Coup d'etat of 1332 Š./1953"),
 *           "15 Ḵordād 1342 Š." (H. Algar), "Šahrīvar 1307 Š." and
 *           "b. Jomādā II 1294" (A. Azimi, "Forūgī, Moḥammad-ʿAlī"),
 *           "16 Ābān 1358 Š." and "11-12 Āḏar 1358 Š." (S. A. Arjomand,
 *           "Constitution of the Islamic Republic").
 *  [Emacs]  GNU Emacs, lisp/calendar/cal-persia.el, cal-islam.el and
 *           cal-hebrew.el: calendar-persian-month-name-array,
 *           calendar-islamic-month-name-array,
 *           calendar-hebrew-month-name-array-{common,leap}-year.
 *  [WP]     English Wikipedia, "Islamic calendar", section Months (the
 *           names with Rabīʿ, Jumādā, Dhū al-Qaʿda, ...) and "Cheshvan"
 *           ("Marcheshvan ..., generally shortened to Cheshvan").
 *  [LC]     ALA-LC romanization (Library of Congress tables: Arabic,
 *           Persian) as listed for the month names: Arabic "Jumādá
 *           al-ūlá", "Jumādá al-ākhirah", "Rabīʿ al-thānī" (photoraq.com
 *           "Days and months names"); Persian "khurdād", "murdād",
 *           "mihr", "āẕar", "isfand" (wordadaypersian.wordpress.com,
 *           "Months of the year", 2013).
 *  [cd]     python3-convertdate 2.4.0 (Debian), convertdate/islamic.py
 *           and hebrew.py, MONTHS.
 *  [hebcal] hebcal 4.31 (Debian), `hebcal -d` (Tishrei, Cheshvan,
 *           Sh'vat, Iyyar) and `hebcal -a -d`, its Ashkenazi spellings
 *           (Teves); @hebcal/core documentation, enum months ("Adar or
 *           Adar Rishon", "Adar Sheini").
 *  [misc]   "Dei" (persiangryphon.com, "Iranian Calendars"), "Shahrevar"
 *           (M. Price, "Iranian months", Iran Chamber Society, 2001),
 *           "Moharram", "Shaban" (Iran Air, "Calendar").
 *
 * For the hand-made sets of names_extra.c (whose first names are
 * likewise not repeated here):
 *  [FR]     The French Republican calendar: the Convention's decree of
 *           4 frimaire an II named the complementary days
 *           "sans-culottides"; "jour complémentaire" is the singular
 *           of the later name, as in "premier jour complémentaire"
 *           (French Wikipedia, "Calendrier républicain").
 *  [lux]    L. Strous, LUX manual, "Egyptian Calendar"
 *           (lux.quae.nl/manual): "Mecheir", "Mesore", "epagomenai".
 *  [Stel]   Stellarium's Calendars plug-in (G. Zotti), ArmenianCalendar
 *           .cpp: "Nawasardi", "K'aloch", "Arach", "Mehekani",
 *           "Ahekani", "Margach", "Hrotich", "(aweleach)".
 *  [cd]     as above, convertdate/bahai.py, MONTHS: "‘Alá".
 */
const struct names_variant names_variants[] = {
	/* persian: Farvardin Ordibehesht Khordad Tir Mordad Shahrivar
	 * Mehr Aban Azar Dey Bahman Esfand */
	{ "persian", 1, "Farvardīn" },		/* EIr */
	{ "persian", 2, "Ordībehešt" },		/* EIr */
	{ "persian", 2, "Ordibehest" },		/* Emacs */
	{ "persian", 3, "Ḵordād" },		/* EIr */
	{ "persian", 3, "Xordad" },		/* Emacs */
	{ "persian", 3, "Khurdād" },		/* LC */
	{ "persian", 5, "Mordād" },		/* EIr */
	{ "persian", 5, "Murdād" },		/* LC */
	{ "persian", 6, "Šahrīvar" },		/* EIr */
	{ "persian", 6, "Sahrivar" },		/* Emacs */
	{ "persian", 6, "Shahrevar" },		/* misc */
	{ "persian", 7, "Mihr" },		/* LC */
	{ "persian", 8, "Ābān" },		/* EIr */
	{ "persian", 9, "Āḏar" },		/* EIr */
	{ "persian", 9, "Āẕar" },		/* LC */
	{ "persian", 10, "Dei" },		/* misc */
	{ "persian", 12, "Isfand" },		/* LC */

	/* islamic: Muharram Safar Rabiʻ I, Rabiʻ II, Jumada I, Jumada II,
	 * Rajab Shaʻban Ramadan Shawwal Dhuʻl-Qiʻdah Dhuʻl-Hijjah */
	{ "islamic", 1, "Muḥarram" },		/* WP, cd */
	{ "islamic", 1, "al-Muḥarram" },	/* cd */
	{ "islamic", 1, "Moharram" },		/* misc */
	{ "islamic", 2, "Ṣafar" },		/* WP, cd */
	{ "islamic", 3, "Rabīʿ I" },		/* WP */
	{ "islamic", 3, "Rabīʿ al-Awwal" },	/* WP */
	{ "islamic", 3, "Rabi I" },		/* Emacs */
	{ "islamic", 4, "Rabīʿ II" },		/* WP */
	{ "islamic", 4, "Rabīʿ ath-Thānī" },	/* WP */
	{ "islamic", 4, "Rabīʿ al-Ākhir" },	/* WP */
	{ "islamic", 4, "Rabīʿ al-thānī" },	/* LC */
	{ "islamic", 4, "Rabi II" },		/* Emacs */
	{ "islamic", 5, "Jumādā I" },		/* WP */
	{ "islamic", 5, "Jumādā al-Ūlā" },	/* WP */
	{ "islamic", 5, "Jumādá al-ūlá" },	/* LC */
	{ "islamic", 6, "Jumādā II" },		/* WP */
	{ "islamic", 6, "Jumādā ath-Thāniya" },	/* WP */
	{ "islamic", 6, "Jumādā al-Ākhira" },	/* WP */
	{ "islamic", 6, "Jumādá al-ākhirah" },	/* LC */
	{ "islamic", 6, "Jomādā II" },		/* EIr */
	{ "islamic", 8, "Shaʿbān" },		/* WP, cd */
	{ "islamic", 8, "Sha'ban" },		/* Emacs */
	{ "islamic", 8, "Shaban" },		/* misc */
	{ "islamic", 9, "Ramaḍān" },		/* WP, cd */
	{ "islamic", 9, "Ramażān" },		/* EIr */
	{ "islamic", 10, "Shawwāl" },		/* WP, cd */
	{ "islamic", 11, "Dhū al-Qaʿda" },	/* WP */
	{ "islamic", 11, "Dhu al-Qada" },	/* Emacs */
	{ "islamic", 11, "Zū al-Qaʿdah" },	/* cd */
	{ "islamic", 12, "Dhū al-Ḥijja" },	/* WP */
	{ "islamic", 12, "Dhu al-Hijjah" },	/* Emacs */
	{ "islamic", 12, "Zū al-Ḥijjah" },	/* cd */

	/* hebrew: Tishri Heshvan Kislev Tevet Shevat, Adar I, Adar Nisan
	 * Iyar Sivan Tamuz Av Elul, and slot 14 Adar II */
	{ "hebrew", 1, "Tishrei" },		/* hebcal */
	{ "hebrew", 2, "Cheshvan" },		/* hebcal, WP */
	{ "hebrew", 2, "Marcheshvan" },		/* WP */
	{ "hebrew", 4, "Teves" },		/* hebcal -a */
	{ "hebrew", 4, "Teveth" },		/* Emacs, cd */
	{ "hebrew", 5, "Sh'vat" },		/* hebcal */
	{ "hebrew", 6, "Adar Rishon" },		/* hebcal */
	{ "hebrew", 9, "Iyyar" },		/* hebcal, cd */
	{ "hebrew", 11, "Tammuz" },		/* Emacs, cd */
	{ "hebrew", 14, "Adar Sheini" },	/* hebcal */
	{ "hebrew", 14, "Adar Bet" },		/* cd */

	/* french: Vendémiaire .. Fructidor, Sansculottides */
	{ "french", 13, "sans-culottides" },	/* FR */
	{ "french", 13, "jour complémentaire" },	/* FR */

	/* egyptian: Thoth .. Mechir .. Mesori, Epagomenae */
	{ "egyptian", 6, "Mecheir" },		/* lux */
	{ "egyptian", 12, "Mesore" },		/* lux */
	{ "egyptian", 13, "epagomenai" },	/* lux */

	/* armenian: Nawasard Hoṙi Sahmi Trē Kʿałocʿ Aracʿ Mehekan Areg
	 * Ahekan Mareri Margacʿ Hroticʿ Aweleacʿ */
	{ "armenian", 1, "Nawasardi" },		/* Stel */
	{ "armenian", 5, "K'aloch" },		/* Stel */
	{ "armenian", 6, "Arach" },		/* Stel */
	{ "armenian", 7, "Mehekani" },		/* Stel */
	{ "armenian", 9, "Ahekani" },		/* Stel */
	{ "armenian", 11, "Margach" },		/* Stel */
	{ "armenian", 12, "Hrotich" },		/* Stel */
	{ "armenian", 13, "Aweleach" },		/* Stel */

	/* bahai: .. ʻAláʼ (slot 20) */
	{ "bahai", 20, "‘Alá" },		/* cd */

	{ NULL, 0, NULL }
};
