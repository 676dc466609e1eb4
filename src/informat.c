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
#include "names.h"
#include "numerals.h"
#include "parse.h"

static inline int
is_d(char c)
{
	return (unsigned)(c - '0') <= 9;
}

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
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    *s == '.' || *s == '\'' || *s == '-')
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
 * this only rules out; parse_format() checks the literal itself.
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
 * Match a name of kind at s: try the longest run of up to four words
 * first, then shorter ones, each also without a final period.  Of the
 * names found, the longest after which the literal next can follow
 * wins ("Adar I" and "Adar" in "Adar I I" when "%B I" reads it), or
 * the longest when none can.  Returns the bytes matched and the slot
 * in *slot, or 0.
 */
static size_t
match_name(const struct cal_nameset *set, enum names_kind kind,
    const char *s, size_t n, const struct fmt_op *next, int leap, int *slot)
{
	size_t ends[24], i = 0, k, len, longest = 0, whole;
	char buf[NAMES_TOKEN_MAX];
	const struct names_index *b;
	int nends = 0, e, ascii, found, lslot = 0;

	if ((b = names_index(set)) == NULL || !names_may_begin(b, kind, s, n))
		return 0;
	/* No name is longer than a token; never scan further. */
	whole = n;
	if (n > NAMES_TOKEN_MAX)
		n = NAMES_TOKEN_MAX;
	/* Names may start with digits, as CJK months do (3月, 3월). */
	while (i < n && is_d(s[i]))
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
		if (i < n && is_d(s[i])) {
			ends[nends++] = ++i;
			while (i < n && is_d(s[i]))
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

static int
digits_for(const struct fmt_prog *p, int i, const struct calendar *cal)
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

size_t
parse_format(const struct fmt_prog *p, const struct calendar *cal,
    int64_t today, const char *s, size_t n, int64_t *rd,
    struct cal_error *e)
{
	const struct cal_nameset *set = cal->names != NULL ?
	    names_set(cal->names) : NULL;
	const struct cal_nameset *wset = names_set("gregorian");
	const struct fmt_op *op, *next;
	struct infields f;
	size_t i = 0, k, j2;
	int64_t v;
	int j, neg, big, slot;

	memset(&f, 0, sizeof(f));
	f.weekday = f.era = -1;
	e->code = CAL_EFORMAT;
	e->known = 0;
	e->expect = NULL;
	e->field = NULL;
	for (j = 0; j < p->nops; j++) {
		op = &p->ops[j];
		next = j + 1 < p->nops ? &p->ops[j + 1] : NULL;
		if (op->conv == 0) {
			/*
			 * A blank matches a run of one or more blanks (none
			 * at the start of the text, or right after blanks, as
			 * when the directive before wrote nothing), the rest
			 * itself.
			 */
			for (k = 0; k < op->len; k++) {
				if (op->text[k] == ' ') {
					size_t b = skip_space(s + i, n - i);

					if (b == 0 && i > 0 &&
					    skip_space(s + i - 1, 1) == 0 &&
					    (k == 0 ||
					    op->text[k - 1] != ' ') &&
					    !(k == 0 && j > 0 &&
					    (p->ops[j - 1].conv == 'n' ||
					    p->ops[j - 1].conv == 't')) &&
					    !(i == n && empty_era_next(p, j, cal,
					    set)))
						return 0;
					i += b;
					continue;
				}
				if (i >= n || s[i] != op->text[k])
					return 0;
				i++;
			}
			continue;
		}
		switch (op->conv) {
		case 'n':
		case 't':
			i += skip_space(s + i, n - i);
			continue;
		case '%':
			if (i >= n || s[i] != '%')
				return 0;
			i++;
			continue;
		case 'B':
		case 'b':
		case 'h':
			i += skip_space(s + i, n - i);
			/* Numbers stand in for names only where there are none. */
			if (set == NULL)
				goto number;
			/* A leap month's name is in its set's leap pattern. */
			if (cal->leap_months && (k = names_leap_affix(set,
			    s + i, n - i, 1)) > 0) {
				f.leap = 1;
				i += k;
			}
			k = match_name(set, NAMES_MONTH, s + i, n - i, next,
			    cal->leap_months && !f.leap, &slot);
			/*
			 * A name glued to a leap suffix ("Sixth Monthbis"):
			 * names are at most a token long, so no further.
			 */
			for (j2 = 1; k == 0 && cal->leap_months && !f.leap &&
			    j2 < n - i && j2 <= NAMES_TOKEN_MAX; j2++)
				if (names_leap_suffix_start(set, s[i + j2]) &&
				    names_leap_affix(set, s + i + j2, n - i - j2,
				    0) > 0 && match_name(set, NAMES_MONTH, s + i,
				    j2, NULL, 0, &slot) == j2)
					k = j2;
			if (k == 0)
				return 0;
			f.slot = slot;
			i += k;
			if (cal->leap_months && !f.leap && (k = names_leap_affix(set,
			    s + i, n - i, 0)) > 0) {
				f.leap = 1;
				i += k;
			}
			continue;
		case 'A':
		case 'a':
			i += skip_space(s + i, n - i);
			/* Weekdays are the Gregorian ones in every language. */
			if ((set == NULL || (k = match_name(set, NAMES_WEEKDAY,
			    s + i, n - i, next, 0, &slot)) == 0) &&
			    (k = match_name(wset, NAMES_WEEKDAY, s + i, n - i,
			    next, 0, &slot)) == 0)
				return 0;
			if (!same_weekday(&f, slot))
				return 0;
			i += k;
			continue;
		case 'N':
			/* The era's letter; without letters, its name. */
			if (cal->era_letters != NULL) {
				i += skip_space(s + i, n - i);	/* %9EN */
				if (i >= n || (slot = parse_era_letter(cal, s[i])) < 0)
					return 0;
				f.era = slot;
				i++;
				continue;
			}
			/* FALLTHROUGH */
		case 'C':
			/* The cycle of a calendar of cycles, a number. */
			if (op->mod == 'E' && cal->year_cycle != 0)
				break;
			/* Without era names -o writes no era: none to read. */
			if (op->mod == 'E' && no_eras(set))
				continue;
			/* Padding that -o writes (%8EC) reads back. */
			i += skip_space(s + i, n - i);
			if (op->mod != 'E' || set == NULL ||
			    (k = match_name(set, NAMES_ERA, s + i, n - i, next,
			    0, &slot)) == 0)
				return 0;
			f.era = slot;
			i += k;
			continue;
		case 'K':
			/* Without a cycle of named years -o writes nothing. */
			if (cal->year_cycle == 0)
				continue;
			i += skip_space(s + i, n - i);
			if (set == NULL)
				return 0;
			k = match_name(set, NAMES_CYCLIC, s + i, n - i, next, 0,
			    &slot);
			/*
			 * A name glued to the text after it ("甲辰年"): the
			 * shortest that is one, as no name begins another.
			 */
			for (j2 = 1; k == 0 && j2 < n - i; j2++)
				if (match_name(set, NAMES_CYCLIC, s + i, j2, NULL,
				    0, &slot) == j2)
					k = j2;
			if (k == 0)
				return 0;
			f.yic = slot;
			f.has_yic = 1;
			i += k;
			continue;
		default:
			break;
		}
number:
		/* Padding that -o writes (%e, %_d, %8Y) reads back. */
		i += skip_space(s + i, n - i);
		neg = 0;
		if ((op->conv == 'Y' || op->conv == 'G' || op->conv == 'J' ||
		    (op->conv == 'y' && op->mod == 'E')) && i < n &&
		    (s[i] == '-' || s[i] == '+'))
			neg = s[i++] == '-';
		k = 0;
		big = 0;
		if (op->mod == 'O' && i < n &&
		    (k = num_read_hebrew(s + i, n - i, &v)) > 0 &&
		    op->conv == 'Y' && v < 1000 && set != NULL &&
		    strcmp(set->id, "hebrew") == 0)
			v += 5000;	/* a Hebrew year without thousands */
		if (op->mod == 'O' && k == 0 && i < n)
			k = num_read_ethiopic(s + i, n - i, &v);
		if (k == 0)
			k = read_number(s + i, n - i, digits_for(p, j, cal), &v,
			    &big);
		if (k == 0)
			return 0;
		i += k;
		if (neg)
			v = -v;
		if (big && op->conv == 'J') {
			/* So many digits: a day outside any range, not a year. */
			infields_range(cal, v - FX_JDN_OFFSET, e);
			return 0;
		}
		if (big) {
			e->code = CAL_EYEAR;
			e->lo = cal->min_year;
			e->hi = cal->max_year;
			return 0;
		}
		switch (op->conv) {
		case 'Y':
			/* Without era names %EY writes the year alone. */
			if (op->mod == 'E' && !no_eras(set)) {
				f.yoe = v;
				f.has_yoe = 1;
				i += skip_space(s + i, n - i);
				if (set == NULL || (k = match_name(set, NAMES_ERA,
				    s + i, n - i, next, 0, &slot)) == 0)
					return 0;
				f.era = slot;
				i += k;
			} else {
				f.year = v;
				f.has_year = 1;
			}
			break;
		case 'C':
		case 'N':
			/* Only a calendar of cycles reads a number here. */
			f.cycle = v;
			f.has_cycle = 1;
			break;
		case 'y':
			if (op->mod == 'E' && cal->year_cycle != 0) {
				f.yic = v;
				f.has_yic = 1;
			} else if (op->mod == 'E' && no_eras(set)) {
				/* Without eras, -o writes the year as it is. */
				f.year = v;
				f.has_year = 1;
			} else if (op->mod == 'E') {
				f.yoe = v;
				f.has_yoe = 1;
			} else {
				f.yy = v;
				f.has_yy = 1;
			}
			break;
		case 'B':
		case 'b':
		case 'h':
		case 'm':
			/* Too big for any calendar, still refused as such. */
			f.month = (int)(v > INT32_MAX ? INT32_MAX : v);
			f.slot = 0;
			/* A leap month's number is written "6L". */
			if (cal->leap_months && i < n && (s[i] | 0x20) == 'l') {
				f.leap = 1;
				i++;
			}
			break;
		case 'd':
		case 'e':
			f.day = (int)(v > INT32_MAX ? INT32_MAX : v);
			/* A leap day's number is written "8L". */
			if (cal->repeated != NULL && i < n &&
			    (s[i] | 0x20) == 'l') {
				f.leapday = 1;
				i++;
			}
			break;
		case 'j':
			f.doy = v;
			f.has_doy = 1;
			break;
		case 'J':
			f.jdn = v;
			f.has_jdn = 1;
			break;
		case 'u':
			if (v < 1 || v > 7 || !same_weekday(&f, (int)(v % 7)))
				return 0;
			f.isoday = (int)v;
			break;
		case 'w':
			if (v > 6 || !same_weekday(&f, (int)v))
				return 0;
			break;
		case 'G':
			/* An ISO week date needs its own year, %G. */
			f.isoyear = v;
			f.has_iso = 1;
			break;
		case 'V':
			f.isoweek = (int)(v > 99 ? 99 : v);
			break;
		default:
			return 0;
		}
	}
	if (i == 0)
		return 0;
	infields_date(cal, set, &f, today, rd, e);
	return i;
}
