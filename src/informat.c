/*
 * informat.c: reading a date by --input-format.  Each directive of the
 * compiled program (fmtlang.h) reads its field from the text into a
 * struct infields, which infields.c then turns into a day.
 *
 * Names -- months, weekdays, eras, years of the cycle, in every
 * language of the source calendar's name set -- are found in the sets
 * names_index() builds.  Numbers may be written in any script's
 * decimal digits, one script per number, and with %O in Hebrew or
 * Ge'ez numerals.
 */
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "fixed.h"
#include "infields.h"
#include "informat.h"
#include "ascii.h"
#include "names.h"
#include "numerals.h"
#include "parse.h"

/*
 * Is c a blank that is not ASCII: a no-break space, a narrow no-break
 * space (CLDR's formats have both) or a left-to-right or right-to-left
 * mark (written around names in mixed-direction text)?
 */
static int
is_other_blank(ucs4_t c)
{
	return c == 0xa0 || c == 0x202f || c == 0x200f || c == 0x200e;
}

/* Is the character at s a part of a name (not a digit, blank or punct)? */
static size_t
name_char(const char *s, size_t n)
{
	ucs4_t c;
	int k;

	if ((unsigned char)*s < 0x80) {
		if (ascii_letter(*s) || *s == '.' || *s == '\'' || *s == '-')
			return 1;
		return 0;
	}
	if ((k = u8_mbtouc(&c, (const uint8_t *)s, n)) <= 0)
		return 0;
	if (uc_decimal_value(c) >= 0 || is_other_blank(c))
		return 0;
	return (size_t)k;
}

static size_t	skip_space(const char *, size_t);

/*
 * Whether the text s can go on with the literal op (NULL or a
 * directive: anything can), after a leap affix of set when leap is
 * set.  A blank in the literal stands for any run of blanks here, so
 * this only rules out; read_literal() checks the literal itself.
 */
static int
literal_fits(const struct fmt_op *op, const struct cal_nameset *set,
    int leap, const char *s, size_t n)
{
	size_t i = 0, k;

	if (op == NULL || op->conv != 0)
		return 1;
	if (leap && (k = names_leap_affix(set, s, n, 0)) > 0 &&
	    literal_fits(op, set, 0, s + k, n - k))
		return 1;
	for (k = 0; k < op->len; k++) {
		if (op->text[k] == ' ')
			i += skip_space(s + i, n - i);
		else if (i < n && s[i] == op->text[k])
			i++;
		else
			return 0;
	}
	return 1;
}

/*
 * The usual name in text, a word of ASCII letters alone: its length,
 * with it folded (lower-cased) into buf, when nothing after it could go
 * on with the name -- no more of a word (name_char(), a digit) and no
 * blank before another word -- so that it is match_name()'s one
 * candidate.  Else 0.
 */
size_t
informat_ascii_word(const char *s, size_t n, char *buf)
{
	size_t w;

	for (w = 0; w < n && ascii_letter(s[w]); w++)
		buf[w] = (char)ascii_lower(s[w]);
	if (w == 0 || w == n)
		return w;
	if ((unsigned char)s[w] >= 0x80 || ascii_digit(s[w]) ||
	    s[w] == '.' || s[w] == '\'' || s[w] == '-')
		return 0;
	/* A number after the blank, as usual, is no word of a name. */
	if (s[w] == ' ' && w + 1 < n && !ascii_digit(s[w + 1]) &&
	    name_char(s + w + 1, n - w - 1))
		return 0;
	return w;
}

/*
 * Match a name of kind at s: try the longest run of up to four words
 * first, then shorter ones, each also without a final period.  Of the
 * names found, the longest after which the literal next can follow
 * wins ("Adar I" and "Adar" in "Adar I I" when "%B I" reads it), or
 * the longest when none can.  Returns the bytes matched and the slot
 * in *slot, or 0.
 */
static size_t
match_name(const struct cal_nameset *set, const struct names_index *b,
    enum names_kind kind, const char *s, size_t n, const struct fmt_op *next,
    int leap, int *slot)
{
	size_t ends[24], i = 0, k, len, longest = 0, whole;
	char buf[NAMES_TOKEN_MAX];
	int nends = 0, e, ascii, found, lslot = 0;

	if (!names_may_begin(b, kind, s, n))
		return 0;
	/* No name is longer than a token; never scan further. */
	whole = n;
	if (n > NAMES_TOKEN_MAX)
		n = NAMES_TOKEN_MAX;
	if ((k = informat_ascii_word(s, n, buf)) > 0) {
		*slot = (found = names_find(b, kind, buf, k)) >= 0 ? found : 0;
		return found >= 0 ? k : 0;
	}
	/* Names may start with digits, as CJK months do (3月, 3월). */
	while (i < n && ascii_digit(s[i]))
		i++;
	if (i > 0 && (i == n || (unsigned char)s[i] < 0x80))
		i = 0;
	while (nends < 21) {
		while (i < n && (k = name_char(s + i, n - i)) > 0)
			i += k;
		if (i == 0 || (nends > 0 && i == ends[nends - 1]))
			break;
		ends[nends++] = i;
		/*
		 * Digits joined to a word may end it (CLDR's "ERA0"), the
		 * name's one digit or all of them: -o '%E%Ey' writes
		 * "ERA07516".
		 */
		if (i < n && ascii_digit(s[i])) {
			ends[nends++] = ++i;
			while (i < n && ascii_digit(s[i]))
				i++;
			if (i != ends[nends - 1])
				ends[nends++] = i;
		}
		if (i + 1 < n && s[i] == ' ' && name_char(s + i + 1, n - i - 1))
			i++;
		else
			break;
	}
	/*
	 * ASCII folds byte for byte, so when the longest candidate is
	 * ASCII, every shorter one folds to a prefix of its folding.
	 */
	ascii = nends > 0 && (i = ends[nends - 1]) > 0;
	while (ascii && i > 0)
		ascii = (unsigned char)s[--i] < 0x80;
	if (ascii && names_fold(s, ends[nends - 1], buf, sizeof(buf)) == 0)
		ascii = 0;
	for (e = nends - 1; e >= 0; e--) {
		for (k = 0; k < 2; k++) {
			len = ends[e] - k;
			/* A period or hyphen may end the name or the word
			 * after it ("AM-5" is the era AM and the year -5). */
			if (k == 1 && (len == 0 || (s[len] != '.' &&
			    s[len] != '-')))
				continue;
			if (ascii)
				i = len;
			else if ((i = names_fold(s, len, buf,
			    sizeof(buf))) == 0)
				continue;
			if ((found = names_find(b, kind, buf, i)) < 0)
				continue;
			if (literal_fits(next, set, leap, s + len, whole - len)) {
				*slot = found;
				return len;
			}
			if (longest == 0) {
				longest = len;
				lslot = found;
			}
		}
	}
	*slot = lslot;
	return longest;
}

/*
 * Read a number in decimal digits of any one script, at most max
 * digits (0: no limit; values saturate).  Returns the bytes used, or 0.
 */
static size_t
read_number(const char *s, size_t n, int max, int64_t *v, int *big)
{
	size_t i = 0;
	ucs4_t c, base = 0, script;
	int64_t x = 0;
	int k, d, count = 0;

	*big = 0;
	while (i < n && (max == 0 || count < max)) {
		if ((unsigned char)s[i] < 0x80) {
			c = (unsigned char)s[i];
			k = 1;
		} else if ((k = u8_mbtouc(&c, (const uint8_t *)s + i,
		    n - i)) <= 0) {
			break;
		}
		if ((d = num_digit(c, &script)) < 0)
			break;
		/* All the digits of one number come from one script. */
		if (count > 0 && script != base)
			break;
		base = script;
		if (x != 0 || d != 0)
			if (++*big > PARSE_YEAR_DIGITS)
				x = INT64_C(1000000000000000);
		if (*big <= PARSE_YEAR_DIGITS)
			x = x * 10 + d;
		count++;
		i += (size_t)k;
	}
	*big = *big > PARSE_YEAR_DIGITS;
	*v = x;
	return count > 0 ? i : 0;
}

/* Skip white space (ASCII blanks and is_other_blank()'s). */
static size_t
skip_space(const char *s, size_t n)
{
	size_t i = 0;
	ucs4_t c;
	int k;

	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
			k = 1;
		else if ((unsigned char)s[i] >= 0x80 &&
		    (k = u8_mbtouc(&c, (const uint8_t *)s + i, n - i)) > 0 &&
		    is_other_blank(c))
			;
		else
			break;
		i += (size_t)k;
	}
	return i;
}

/*
 * Note the weekday wd (0 Sunday .. 6) that a directive read; 0 when
 * another directive read a different one, so the text does not match.
 */
static int
same_weekday(struct infields *f, int wd)
{
	if (f->weekday >= 0 && f->weekday != wd)
		return 0;
	f->weekday = wd;
	return 1;
}

int
informat_digits_for(const struct fmt_prog *p, int i, const struct calendar *cal)
{
	const struct fmt_op *op = &p->ops[i];
	const struct fmt_op *next = i + 1 < p->nops ? &p->ops[i + 1] : NULL;
	int run_on = next != NULL && next->conv != 0 &&
	    strchr("YymdejJuwGV", next->conv) != NULL;

	if (op->width != 0)
		return op->width;
	if (op->mod == 'E')
		return 0;		/* a year of an era has no fixed width */
	switch (op->conv) {
	case 'Y':
	case 'G':
		/* Run into another number: take the usual four digits. */
		return run_on ? 4 : 0;
	case 'J':
		return 0;
	case 'j':
		/* A baktun, the long count's "year", has 144000 days. */
		return cal->shape == CAL_SHAPE_LONG_COUNT ? 6 : 3;
	case 'u':
	case 'w':
		return 1;
	case 'd':
	case 'e':
		/*
		 * As many digits as the calendar's longest month needs: an
		 * ordinal date's one month has up to 366 days, an Icelandic
		 * season up to 191 (SEASON), a katun 7200 (LONG_COUNT).
		 */
		switch (cal->shape) {
		case CAL_SHAPE_ORDINAL:
		case CAL_SHAPE_SEASON:
			return 3;
		case CAL_SHAPE_LONG_COUNT:
			return 4;
		default:
			return 2;
		}
	default:
		return 2;
	}
}

/* Has a calendar of name set set no era names (or no names at all)? */
static int
no_eras(const struct cal_nameset *set)
{
	return set == NULL || set->neras == 0;
}

/*
 * Is op j followed by %E of a calendar without eras, which writes
 * nothing, so that the blank before it ends the text (and the record,
 * trailing blanks trimmed)?
 */
static int
empty_era_next(const struct fmt_prog *p, int j, const struct calendar *cal,
    const struct cal_nameset *set)
{
	if (j + 1 >= p->nops)
		return 0;
	if (p->ops[j + 1].conv == 'K')
		return cal->year_cycle == 0;
	return p->ops[j + 1].conv == 'C' && p->ops[j + 1].mod == 'E' &&
	    cal->year_cycle == 0 && no_eras(set);
}

/*
 * A reading in progress: the program and where in it, the calendar, the
 * text and where in it, and what was found.
 */
struct reading {
	const struct fmt_prog	 *p;
	int			  j;		/* the op being read */
	const struct calendar	 *cal;
	const struct cal_nameset *set;		/* cal's, or NULL */
	const struct names_index *index;	/* set's, once looked up */
	const char		 *s;
	size_t			  n, i;
	struct infields		  f;
	struct cal_error	 *e;
};

/*
 * The name set of the calendar read last, and its index once a name was
 * looked for: a thread's, as finding them costs more than most dates.
 */
static _Thread_local const struct calendar	*last_cal;
static _Thread_local const struct cal_nameset	*last_set;
static _Thread_local const struct names_index	*last_index;

const struct names_index *
informat_index(const struct cal_nameset *set)
{
	if (last_index == NULL)
		last_index = names_index(set);
	return last_index;
}

static const struct names_index *
set_index(struct reading *r)
{
	if (r->index == NULL && (r->index = last_index) == NULL)
		r->index = last_index = names_index(r->set);
	return r->index;
}

static void
space(struct reading *r)
{
	r->i += skip_space(r->s + r->i, r->n - r->i);
}

/*
 * Literal text.  A blank matches a run of one or more blanks (none at
 * the start of the text, or right after blanks, as when the directive
 * before wrote nothing), the rest itself.
 */
static int
read_literal(struct reading *r, const struct fmt_op *op)
{
	const struct fmt_op *prev = r->j > 0 ? &r->p->ops[r->j - 1] : NULL;
	const char *s = r->s;
	size_t k, b, i = r->i, n = r->n;

	for (k = 0; k < op->len; k++) {
		if (op->text[k] == ' ') {
			b = skip_space(s + i, n - i);
			if (b == 0 && i > 0 && skip_space(s + i - 1, 1) == 0 &&
			    (k == 0 || op->text[k - 1] != ' ') &&
			    !(k == 0 && prev != NULL &&
			    (prev->conv == 'n' || prev->conv == 't')) &&
			    !(i == n && empty_era_next(r->p, r->j, r->cal,
			    r->set)))
				return 0;
			i += b;
			continue;
		}
		if (i >= n || s[i] != op->text[k])
			return 0;
		i++;
	}
	r->i = i;
	return 1;
}

/* %B, %b, %h: a month's name, in a calendar that has names. */
static int
read_month(struct reading *r, const struct fmt_op *next)
{
	const struct cal_nameset *set = r->set;
	const struct names_index *b;
	const char *s;
	size_t k, j2, n;
	int slot, leaps = r->cal->leap_months;

	space(r);
	if ((b = set_index(r)) == NULL)
		return 0;
	/* A leap month's name is in its set's leap pattern. */
	if (leaps && (k = names_leap_affix(set, r->s + r->i, r->n - r->i,
	    1)) > 0) {
		r->f.leap = 1;
		r->i += k;
	}
	s = r->s + r->i;
	n = r->n - r->i;
	k = match_name(set, b, NAMES_MONTH, s, n, next, leaps && !r->f.leap,
	    &slot);
	/*
	 * A name glued to a leap suffix ("Sixth Monthbis"): names are at
	 * most a token long, so no further.
	 */
	for (j2 = 1; k == 0 && leaps && !r->f.leap && j2 < n &&
	    j2 <= NAMES_TOKEN_MAX; j2++)
		if (names_leap_suffix_start(set, s[j2]) &&
		    names_leap_affix(set, s + j2, n - j2, 0) > 0 &&
		    match_name(set, b, NAMES_MONTH, s, j2, NULL, 0, &slot) == j2)
			k = j2;
	if (k == 0)
		return 0;
	r->f.slot = slot;
	r->i += k;
	if (leaps && !r->f.leap && (k = names_leap_affix(set, r->s + r->i,
	    r->n - r->i, 0)) > 0) {
		r->f.leap = 1;
		r->i += k;
	}
	return 1;
}

/* %A, %a: a weekday's name, the calendar's or else the Gregorian. */
static int
read_weekday(struct reading *r, const struct fmt_op *next)
{
	static _Thread_local const struct cal_nameset *wset;
	static _Thread_local const struct names_index *windex;
	const struct names_index *b;
	size_t k = 0;
	int slot;

	space(r);
	if (r->set != NULL && (b = set_index(r)) != NULL)
		k = match_name(r->set, b, NAMES_WEEKDAY, r->s + r->i,
		    r->n - r->i, next, 0, &slot);
	if (k == 0) {
		/* Weekdays are the Gregorian ones in every language. */
		if (wset == NULL)
			wset = names_set("gregorian");
		if (windex == NULL)
			windex = names_index(wset);
		if (windex == NULL || (k = match_name(wset, windex,
		    NAMES_WEEKDAY, r->s + r->i, r->n - r->i, next, 0,
		    &slot)) == 0)
			return 0;
	}
	if (!same_weekday(&r->f, slot))
		return 0;
	r->i += k;
	return 1;
}

/* %EN in an era notation: the era's letter. */
static int
read_era_letter(struct reading *r)
{
	int era;

	space(r);	/* %9EN */
	if (r->i >= r->n || (era = parse_era_letter(r->cal, r->s[r->i])) < 0)
		return 0;
	r->f.era = era;
	r->i++;
	return 1;
}

/* %EC, %E, %EN elsewhere: the era's name. */
static int
read_era(struct reading *r, const struct fmt_op *op, const struct fmt_op *next)
{
	const struct names_index *b;
	size_t k;
	int slot;

	/* Without era names -o writes no era: none to read. */
	if (op->mod == 'E' && no_eras(r->set))
		return 1;
	/* Padding that -o writes (%8EC) reads back. */
	space(r);
	if (op->mod != 'E' || r->set == NULL || (b = set_index(r)) == NULL ||
	    (k = match_name(r->set, b, NAMES_ERA, r->s + r->i, r->n - r->i,
	    next, 0, &slot)) == 0)
		return 0;
	r->f.era = slot;
	r->i += k;
	return 1;
}

/* %K: the name of the year in its cycle. */
static int
read_cyclic(struct reading *r, const struct fmt_op *next)
{
	const struct names_index *b;
	const char *s;
	size_t k, j2, n;
	int slot;

	/* Without a cycle of named years -o writes nothing. */
	if (r->cal->year_cycle == 0)
		return 1;
	space(r);
	if (r->set == NULL || (b = set_index(r)) == NULL)
		return 0;
	s = r->s + r->i;
	n = r->n - r->i;
	k = match_name(r->set, b, NAMES_CYCLIC, s, n, next, 0, &slot);
	/*
	 * A name glued to the text after it ("甲辰年"): the shortest that
	 * is one, as no name begins another.
	 */
	for (j2 = 1; k == 0 && j2 < n; j2++)
		if (match_name(r->set, b, NAMES_CYCLIC, s, j2, NULL, 0,
		    &slot) == j2)
			k = j2;
	if (k == 0)
		return 0;
	r->f.yic = slot;
	r->f.has_yic = 1;
	r->i += k;
	return 1;
}

/*
 * A number: a sign where a year may have one, then Hebrew or Ge'ez
 * numerals for %O, or decimal digits of any one script, as many as
 * informat_digits_for() allows.  Refuses a number of too many digits as a year
 * (or a day) out of range.
 */
static int
read_value(struct reading *r, const struct fmt_op *op, int64_t *v)
{
	const char *s = r->s;
	size_t k = 0, i, n = r->n;
	int neg = 0, big = 0;

	/* Padding that -o writes (%e, %_d, %8Y) reads back. */
	space(r);
	i = r->i;
	if ((op->conv == 'Y' || op->conv == 'G' || op->conv == 'J' ||
	    (op->conv == 'y' && op->mod == 'E')) && i < n &&
	    (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if (op->mod == 'O' && i < n &&
	    (k = num_read_hebrew(s + i, n - i, v)) > 0 &&
	    op->conv == 'Y' && *v < 1000 && r->set != NULL &&
	    strcmp(r->set->id, "hebrew") == 0)
		*v += 5000;	/* a Hebrew year without thousands */
	if (op->mod == 'O' && k == 0 && i < n)
		k = num_read_ethiopic(s + i, n - i, v);
	if (k == 0)
		k = read_number(s + i, n - i, informat_digits_for(r->p, r->j, r->cal), v,
		    &big);
	if (k == 0)
		return 0;
	r->i = i + k;
	if (neg)
		*v = -*v;
	if (big && op->conv == 'J') {
		/* So many digits: a day outside any range, not a year. */
		infields_range(r->cal, *v - FX_JDN_OFFSET, r->e);
		return 0;
	}
	if (big) {
		r->e->code = CAL_EYEAR;
		r->e->lo = r->cal->min_year;
		r->e->hi = r->cal->max_year;
		return 0;
	}
	return 1;
}

/* %Y, %EY: the year; of an era, with the era's name after it. */
static int
set_year(struct reading *r, const struct fmt_op *op,
    const struct fmt_op *next, int64_t v)
{
	struct infields *f = &r->f;
	const struct names_index *b;
	size_t k;
	int slot;

	/* Without era names %EY writes the year alone. */
	if (op->mod != 'E' || no_eras(r->set)) {
		f->year = v;
		f->has_year = 1;
		return 1;
	}
	f->yoe = v;
	f->has_yoe = 1;
	space(r);
	if (r->set == NULL || (b = set_index(r)) == NULL ||
	    (k = match_name(r->set, b, NAMES_ERA, r->s + r->i, r->n - r->i,
	    next, 0, &slot)) == 0)
		return 0;
	f->era = slot;
	r->i += k;
	return 1;
}

/* %y, %Ey: two digits of the year, a year of an era or of the cycle. */
static void
set_short_year(struct reading *r, const struct fmt_op *op, int64_t v)
{
	struct infields *f = &r->f;

	if (op->mod == 'E' && r->cal->year_cycle != 0) {
		f->yic = v;
		f->has_yic = 1;
	} else if (op->mod == 'E' && no_eras(r->set)) {
		/* Without eras, -o writes the year as it is. */
		f->year = v;
		f->has_year = 1;
	} else if (op->mod == 'E') {
		f->yoe = v;
		f->has_yoe = 1;
	} else {
		f->yy = v;
		f->has_yy = 1;
	}
}

/*
 * A leap month's or day's number is written with an L after it ("6L",
 * "8L"): 1 when that L was there (and is now read), else 0.
 */
static int
leap_mark(struct reading *r, int may)
{
	if (may && r->i < r->n && (r->s[r->i] | 0x20) == 'l') {
		r->i++;
		return 1;
	}
	return 0;
}

/* A numeric directive: read its number and note it in r->f. */
static int
read_numeric(struct reading *r, const struct fmt_op *op,
    const struct fmt_op *next)
{
	struct infields *f = &r->f;
	int64_t v;

	if (!read_value(r, op, &v))
		return 0;
	switch (op->conv) {
	case 'Y':
		return set_year(r, op, next, v);
	case 'C':
	case 'N':
		/* Only a calendar of cycles reads a number here. */
		f->cycle = v;
		f->has_cycle = 1;
		return 1;
	case 'y':
		set_short_year(r, op, v);
		return 1;
	case 'B':
	case 'b':
	case 'h':
	case 'm':
		/* Too big for any calendar, still refused as such. */
		f->month = (int)(v > INT32_MAX ? INT32_MAX : v);
		f->slot = 0;
		f->leap |= leap_mark(r, r->cal->leap_months);
		return 1;
	case 'd':
	case 'e':
		f->day = (int)(v > INT32_MAX ? INT32_MAX : v);
		f->leapday |= leap_mark(r, r->cal->repeated != NULL);
		return 1;
	case 'j':
		f->doy = v;
		f->has_doy = 1;
		return 1;
	case 'J':
		f->jdn = v;
		f->has_jdn = 1;
		return 1;
	case 'u':
		if (v < 1 || v > 7 || !same_weekday(f, (int)(v % 7)))
			return 0;
		f->isoday = (int)v;
		return 1;
	case 'w':
		return v <= 6 && same_weekday(f, (int)v);
	case 'G':
		/* An ISO week date needs its own year, %G. */
		f->isoyear = v;
		f->has_iso = 1;
		return 1;
	case 'V':
		f->isoweek = (int)(v > 99 ? 99 : v);
		return 1;
	default:
		return 0;
	}
}

/* Read op j of the program: 1, or 0 when the text does not match. */
static int
read_op(struct reading *r, const struct fmt_op *op,
    const struct fmt_op *next)
{
	switch (op->conv) {
	case 0:
		return read_literal(r, op);
	case 'n':
	case 't':
		space(r);
		return 1;
	case '%':
		if (r->i >= r->n || r->s[r->i] != '%')
			return 0;
		r->i++;
		return 1;
	case 'B':
	case 'b':
	case 'h':
		/* Numbers stand in for names only where there are none. */
		if (r->set != NULL)
			return read_month(r, next);
		break;
	case 'A':
	case 'a':
		return read_weekday(r, next);
	case 'N':
		/* The era's letter; without letters, its name. */
		if (r->cal->era_letters != NULL)
			return read_era_letter(r);
		/* FALLTHROUGH */
	case 'C':
		/* The cycle of a calendar of cycles, a number. */
		if (op->mod == 'E' && r->cal->year_cycle != 0)
			break;
		return read_era(r, op, next);
	case 'K':
		return read_cyclic(r, next);
	default:
		break;
	}
	return read_numeric(r, op, next);
}

const struct cal_nameset *
informat_set(const struct calendar *cal)
{
	if (cal != last_cal) {
		last_set = cal->names != NULL ? names_set(cal->names) : NULL;
		last_index = NULL;
		last_cal = cal;
	}
	return last_set;
}

size_t
parse_format(const struct fmt_prog *p, const struct calendar *cal,
    int64_t today, const char *s, size_t n, int64_t *rd,
    struct cal_error *e)
{
	struct reading r;

	memset(&r, 0, sizeof(r));
	r.p = p;
	r.cal = cal;
	r.set = informat_set(cal);
	r.s = s;
	r.n = n;
	r.e = e;
	r.f.weekday = r.f.era = -1;
	e->code = CAL_EFORMAT;
	e->known = 0;
	e->expect = NULL;
	e->field = NULL;
	for (r.j = 0; r.j < p->nops; r.j++)
		if (!read_op(&r, &p->ops[r.j], r.j + 1 < p->nops ?
		    &p->ops[r.j + 1] : NULL))
			return 0;
	if (r.i == 0)
		return 0;
	infields_date(cal, r.set, &r.f, today, rd, e);
	return r.i;
}
