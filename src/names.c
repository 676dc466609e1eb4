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
 * Last, the names folded for matching in text (names_fold(),
 * names_index()): the one state here, a cache each thread keeps of its
 * own.  The rest is static const data: no heap, no locks.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <uninorm.h>

#include "ascii.h"
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

static int	eq_ci(const char *, size_t, const char *);
static int	tag_parse(const char *, struct tag *);
static int	tag_match(const struct tag *, const char *);

/* Is s[0..n) equal to lower-case ASCII t, ignoring case? */
static int
eq_ci(const char *s, size_t n, const char *t)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i] == '\0' || ascii_lower((unsigned char)s[i]) != t[i])
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
	for (n = 0; ascii_letter(s[n]); n++)
		if (n == 3)
			return -1;
	if (n < 2 || (s[n] != '\0' && s[n] != '-' && s[n] != '_' &&
	    s[n] != '.' && s[n] != '@'))
		return -1;
	for (m = 0; m < n; m++)
		t->lang[m] = (char)ascii_lower((unsigned char)s[m]);
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
		if (j >= n || ascii_lower((unsigned char)s[j]) !=
		    ascii_lower((unsigned char)a[i]))
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

/*
 * Matching names in text.  The names of a set -- months, weekdays,
 * eras, years of the cycle, in every language, and the variants above
 * -- are case-folded the first time a thread asks for the set, into an
 * arena that thread keeps.  The arena is allocated on that first use,
 * not kept in static storage per thread: each thread's share of that
 * would be cleared at its start (the process's too) whether or not it
 * ever reads a name.
 */

struct folded {
	const char	*s;	/* folded by names_fold() */
	uint16_t	 len;
	uint8_t		 kind;	/* enum names_kind */
	uint16_t	 slot;	/* month slot 1.., weekday 0..6, era 0..,
				   year of the cycle 1..60 */
};

#define ARENA_SIZE	(1 << 18)
#define FOLDED_MAX	8192
#define SETS_MAX	64
/* Hash slots of all sets: at least twice each set's names, a power of 2. */
#define HASH_MAX	(4 * FOLDED_MAX)

/*
 * A set's folded names, and for each kind the bytes they begin with:
 * bit b & 31 of lead for a first byte b, and of pair[a & 31] for a
 * second byte b after a, both ASCII.  Lower and upper case ASCII
 * letters share their low five bits, so a word of ASCII letters that
 * no name of the kind begins like is refused on its first two letters
 * (in free text, most words), before any folding or search.
 *
 * A folded name is found by its hash (kind, length and bytes): the
 * open-addressed table hash[0..mask] holds, for each distinct name, one
 * more than the index of the first of the names alike in names[], or 0
 * for an empty slot.
 */
struct names_index {
	const struct cal_nameset *set;
	const struct folded	*names;	/* sorted by folded_cmp() */
	int			 count;
	uint32_t		 lead[4], pair[4][32];
	uint16_t		*hash;
	uint32_t		 mask;
};

/* The folded names of every set one thread has asked for. */
struct fold_cache {
	char			 arena[ARENA_SIZE];
	size_t			 arena_used;
	struct folded		 folded[FOLDED_MAX];
	int			 nfolded;
	struct names_index	 built[SETS_MAX];
	int			 nbuilt;
	uint16_t		 hash[HASH_MAX];
	size_t			 hash_used;
};

static _Thread_local struct fold_cache *cache;

static void	add_name(struct fold_cache *, const char *, enum names_kind,
		    int);
static void	add_list(struct fold_cache *, const char *const *, int,
		    enum names_kind, int);
static int	folded_cmp(const void *, const void *);
static void	build(struct fold_cache *, struct names_index *,
		    const struct cal_nameset *);

size_t
names_fold(const char *s, size_t n, char *buf, size_t size)
{
	size_t len = size, i, o;
	uint8_t *r, *b = (uint8_t *)buf;

	/*
	 * ASCII folds to ASCII lower case and has nothing to decompose:
	 * the usual English or transliterated word needs no libunistring.
	 */
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		continue;
	if (i == n) {
		if (n > size)
			return 0;
		for (i = 0; i < n; i++)
			buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ?
			    s[i] - 'A' + 'a' : s[i]);
		return n;
	}
	r = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFD, b, &len);
	if (r == NULL)
		return 0;
	if (r != b) {
		free(r);
		return 0;
	}
	for (i = o = 0; i < len; o++) {
		if (i + 1 < len && b[i] == 0xca && (b[i + 1] == 0xbb ||
		    b[i + 1] == 0xbc || b[i + 1] == 0xbf)) {
			b[o] = '\'';
			i += 2;
		} else if (i + 1 < len && b[i] == 0xc4 && b[i + 1] == 0xb1) {
			b[o] = 'i';	/* dotless i, as Turkish "I" folds */
			i += 2;
		} else if (i + 1 < len && ((b[i] == 0xcc && b[i + 1] >= 0x80) ||
		    (b[i] == 0xcd && b[i + 1] <= 0xaf))) {
			o--;		/* U+0300..U+036F: dropped */
			i += 2;
		} else if (i + 2 < len && b[i] == 0xe2 && b[i + 1] == 0x80 &&
		    (b[i + 2] == 0x98 || b[i + 2] == 0x99)) {
			b[o] = '\'';
			i += 3;
		} else {
			b[o] = b[i++];
		}
	}
	return o;
}

static void
add_name(struct fold_cache *c, const char *s, enum names_kind kind, int slot)
{
	char buf[NAMES_TOKEN_MAX];
	struct folded *f;
	size_t n;

	if (s == NULL || *s == '\0' || c->nfolded == FOLDED_MAX)
		return;
	if ((n = names_fold(s, strlen(s), buf, sizeof(buf))) == 0 ||
	    c->arena_used + n > ARENA_SIZE)
		return;
	memcpy(c->arena + c->arena_used, buf, n);
	f = &c->folded[c->nfolded++];
	f->s = c->arena + c->arena_used;
	f->len = (uint16_t)n;
	f->kind = (uint8_t)kind;
	f->slot = (uint16_t)slot;
	c->arena_used += n;
}

static void
add_list(struct fold_cache *c, const char *const *list, int count,
    enum names_kind kind, int base)
{
	int i;

	for (i = 0; list != NULL && i < count; i++)
		add_name(c, list[i], kind, i + base);
}

/*
 * Order of the folded names within a set: by kind, length and bytes,
 * and names alike in all three (the same word in two languages) in the
 * order they were added, which is the order of their arena bytes.
 */
static int
folded_cmp(const void *pa, const void *pb)
{
	const struct folded *a = pa, *b = pb;
	int c;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if ((c = memcmp(a->s, b->s, a->len)) != 0)
		return c;
	return a->s < b->s ? -1 : a->s > b->s;
}

/* The hash of a folded name of kind: FNV-1a over its kind and bytes. */
static inline uint32_t
name_hash(enum names_kind kind, const char *s, size_t len)
{
	uint32_t h = UINT32_C(2166136261) ^ (uint32_t)kind;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * UINT32_C(16777619);
	return h ^ h >> 15;
}

/*
 * Hash b's names into c's table, each distinct one once, at the first
 * of those alike (they are next to each other in sorted order).  The
 * table is left empty (mask 0, no slot) when c has no room for it:
 * names_find() then searches the sorted names.
 */
static void
build_hash(struct fold_cache *c, struct names_index *b)
{
	const struct folded *f, *p;
	size_t size = 16;
	uint32_t h;
	int i;

	while (size < 2 * (size_t)b->count)
		size *= 2;
	if (c->hash_used + size > HASH_MAX || b->count >= UINT16_MAX)
		return;
	b->hash = c->hash + c->hash_used;
	b->mask = (uint32_t)size - 1;
	c->hash_used += size;
	for (i = 0; i < b->count; i++) {
		f = &b->names[i];
		p = i > 0 ? &b->names[i - 1] : NULL;
		if (p != NULL && p->kind == f->kind && p->len == f->len &&
		    memcmp(p->s, f->s, f->len) == 0)
			continue;
		h = name_hash((enum names_kind)f->kind, f->s, f->len) & b->mask;
		while (b->hash[h] != 0)
			h = (h + 1) & b->mask;
		b->hash[h] = (uint16_t)(i + 1);
	}
}

/* Fold set's names into c and note their first bytes in *b. */
static void
build(struct fold_cache *c, struct names_index *b,
    const struct cal_nameset *set)
{
	const struct names_variant *v;
	const struct cal_names *l;
	const unsigned char *f;
	int i, first = c->nfolded;

	b->set = set;
	for (i = 0; i < set->nlangs; i++) {
		l = &set->langs[i];
		add_list(c, l->month, set->nslots, NAMES_MONTH, 1);
		add_list(c, l->month_abbr, set->nslots, NAMES_MONTH, 1);
		add_list(c, l->month_sa, set->nslots, NAMES_MONTH, 1);
		add_list(c, l->month_sa_abbr, set->nslots, NAMES_MONTH, 1);
		add_list(c, l->weekday, 7, NAMES_WEEKDAY, 0);
		add_list(c, l->weekday_abbr, 7, NAMES_WEEKDAY, 0);
		add_list(c, l->era, set->neras, NAMES_ERA, 0);
		add_list(c, l->era_wide, set->neras, NAMES_ERA, 0);
		add_list(c, l->cyclic_year, 60, NAMES_CYCLIC, 1);
	}
	for (v = names_variants; v->set != NULL; v++)
		if (strcmp(v->set, set->id) == 0)
			add_name(c, v->name, NAMES_MONTH, v->slot);
	b->names = c->folded + first;
	b->count = c->nfolded - first;
	qsort(c->folded + first, (size_t)b->count, sizeof(c->folded[0]),
	    folded_cmp);
	for (i = 0; i < b->count; i++) {
		f = (const unsigned char *)b->names[i].s;
		if (f[0] >= 0x80)
			continue;
		b->lead[b->names[i].kind] |= UINT32_C(1) << (f[0] & 31);
		if (b->names[i].len >= 2 && f[1] < 0x80)
			b->pair[b->names[i].kind][f[0] & 31] |=
			    UINT32_C(1) << (f[1] & 31);
	}
	build_hash(c, b);
}

const struct names_index *
names_index(const struct cal_nameset *set)
{
	struct fold_cache *c = cache;
	struct names_index *b;
	int i;

	if (c == NULL && (c = cache = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	for (i = 0; i < c->nbuilt; i++)
		if (c->built[i].set == set)
			return &c->built[i];
	if (c->nbuilt == SETS_MAX)
		return NULL;
	b = &c->built[c->nbuilt++];
	build(c, b, set);
	return b;
}

int
names_may_begin(const struct names_index *b, enum names_kind kind,
    const char *s, size_t n)
{
	unsigned c0;

	if (n == 0 || !ascii_letter(s[0]))
		return 1;
	c0 = (unsigned char)s[0] & 31;
	if ((b->lead[kind] >> c0 & 1) == 0)
		return 0;
	if (n < 2 || !(ascii_letter(s[1]) || s[1] == '\''))
		return 1;
	return (int)(b->pair[kind][c0] >> ((unsigned char)s[1] & 31) & 1);
}

int
names_find(const struct names_index *b, enum names_kind kind,
    const char *buf, size_t len)
{
	int lo = 0, hi = b->count, mid, c;
	const struct folded *f;
	uint32_t h;

	if (b->hash != NULL) {
		h = name_hash(kind, buf, len) & b->mask;
		for (; b->hash[h] != 0; h = (h + 1) & b->mask) {
			f = &b->names[b->hash[h] - 1];
			if (f->kind == kind && f->len == len &&
			    memcmp(f->s, buf, len) == 0)
				return f->slot;
		}
		return -1;
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		f = &b->names[mid];
		if (f->kind != kind)
			c = f->kind < kind ? -1 : 1;
		else if (f->len != len)
			c = f->len < len ? -1 : 1;
		else
			c = memcmp(f->s, buf, len);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == b->count)
		return -1;
	f = &b->names[lo];
	return f->kind == kind && f->len == len &&
	    memcmp(f->s, buf, len) == 0 ? f->slot : -1;
}
