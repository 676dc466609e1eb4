/*
 * parse.c: the hand-written parsers of the default notations,
 *   [+-]Y-M-D, [+-]Y-Www-D, [+-]Y-DDD, [+-]N, EY-M-D and [+-]B.K.T.U.K,
 * in ASCII digits.  They run once per input record on the batch path,
 * so they touch each byte once and never allocate.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "fixed.h"
#include "names.h"
#include "numerals.h"
#include "parse.h"

/* More digits than this cannot be a year in range: report it as such. */
#define YEAR_DIGITS	15
/* Month and day fields saturate here; validation then refuses them. */
#define FIELD_MAX	999999999

static inline int
is_d(char c)
{
	return (unsigned)(c - '0') <= 9;
}

/*
 * Read a run of digits from *pp into *v, saturating at cap.  Returns
 * the number of significant digits read (leading zeros excluded), or
 * -1 when there was no digit at all.
 */
static int
digits(const char **pp, const char *end, int64_t cap, int64_t *v)
{
	const char *p = *pp;
	int64_t x = 0;
	int sig = 0;

	if (p == end || (unsigned)(*p - '0') > 9)
		return -1;
	for (; p < end && (unsigned)(*p - '0') <= 9; p++) {
		if (x != 0 || *p != '0')
			sig++;
		x = x * 10 + (*p - '0');
		if (x > cap)
			x = cap;
	}
	*pp = p;
	*v = x;
	return sig;
}

/*
 * The era whose letter in cal's notation is c (either case), or -1.
 */
static int
era_index(const struct calendar *cal, char c)
{
	const char *l;

	if (cal->era_letters == NULL || c == '\0')
		return -1;
	for (l = cal->era_letters; *l != '\0'; l++)
		if ((*l | 0x20) == (c | 0x20) && ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z'))
			return cal->era_first + (int)(l - cal->era_letters);
	return -1;
}

/*
 * The rest of a long count after the baktun, ".K.T.U.K", into the
 * month (katun + 1) and day (day of the katun) of d; sig is the
 * number of the baktun's significant digits.
 */
static enum cal_err
long_count(const struct calendar *cal, const char *p, const char *end,
    int sig, struct cal_date *d, struct cal_error *e)
{
	static const struct {
		const char	*name;
		int		 max;
	} place[4] = {
		{ "katun", 19 }, { "tun", 19 }, { "uinal", 17 }, { "kin", 19 },
	};
	int64_t v[4];
	int k;

	for (k = 0; k < 4; k++)
		if (p == end || *p++ != '.' ||
		    digits(&p, end, FIELD_MAX, &v[k]) < 0)
			return CAL_ESYNTAX;
	if (p != end)
		return CAL_ESYNTAX;
	if (sig > YEAR_DIGITS) {
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	for (k = 0; k < 4; k++)
		if (v[k] > place[k].max) {
			e->known = 1;
			e->field = place[k].name;
			e->value = v[k];
			e->lo = 0;
			e->hi = place[k].max;
			return e->code = k == 0 ? CAL_EMONTH : CAL_EDAY;
		}
	d->month = (int32_t)v[0] + 1;
	d->day = (int32_t)(v[1] * 360 + v[2] * 20 + v[3]) + 1;
	e->code = CAL_OK;
	return CAL_OK;
}

/*
 * The rest of a season-and-week date after the year, "-Sww-D", into
 * the season (month) and the day of the season of d.
 */
static enum cal_err
season_week(const struct calendar *cal, const char *p, const char *end,
    int sig, struct cal_date *d, struct cal_error *e)
{
	const char *l;
	int64_t week, wd;
	int k = -1;

	if (p == end || *p++ != '-' || p == end)
		return CAL_ESYNTAX;
	for (l = cal->season_letters; l != NULL && *l != '\0' && k < 0; l++)
		if ((*l | 0x20) == (*p | 0x20))
			k = (int)(l - cal->season_letters);
	if (k < 0 || k > 1)
		return CAL_ESYNTAX;
	p++;
	if (digits(&p, end, FIELD_MAX, &week) < 0 || p == end ||
	    *p++ != '-' || digits(&p, end, FIELD_MAX, &wd) < 0 || p != end)
		return CAL_ESYNTAX;
	if (sig > YEAR_DIGITS) {
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	e->known = 1;
	e->lo = 1;
	if (week < 1 || week > 28) {
		/* No season has more than 28 weeks; the day says the rest. */
		e->field = "week";
		e->value = week;
		e->hi = 28;
		return e->code = CAL_EDAY;
	}
	if (wd < 1 || wd > 7) {
		e->field = "weekday";
		e->value = wd;
		e->hi = 7;
		return e->code = CAL_EDAY;
	}
	d->month = k + 1;
	d->day = (int32_t)(7 * (week - 1) +
	    fx_mod(wd - cal->season_weekday[k], 7) + 1);
	e->code = CAL_OK;
	return CAL_OK;
}

enum cal_err
parse_date(const struct calendar *cal, const char *s, size_t n,
    struct cal_date *d, struct cal_error *e)
{
	const char *p = s, *end = s + n;
	int64_t year, v;
	int neg = 0, sig, era = -1;

	e->code = CAL_ESYNTAX;
	e->known = 0;
	e->field = NULL;
	/* The common case first: exactly YYYY-MM-DD in ASCII. */
	if (n == 10 && cal->shape == CAL_SHAPE_YMD && s[4] == '-' &&
	    s[7] == '-' && is_d(s[0]) && is_d(s[1]) && is_d(s[2]) &&
	    is_d(s[3]) && is_d(s[5]) && is_d(s[6]) && is_d(s[8]) &&
	    is_d(s[9])) {
		d->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0');
		d->month = (s[5] - '0') * 10 + (s[6] - '0');
		d->day = (s[8] - '0') * 10 + (s[9] - '0');
		d->flags = 0;
		e->code = CAL_OK;
		return CAL_OK;
	}
	if (cal->shape == CAL_SHAPE_CYCLE)
		return CAL_ESYNTAX;	/* written, never read */
	if (cal->shape == CAL_SHAPE_ERA) {
		/* The era's letter, then its year: no sign. */
		if (p == end || (era = era_index(cal, *p++)) < 0)
			return CAL_ESYNTAX;
	} else if (p < end && (*p == '-' || *p == '+')) {
		neg = *p++ == '-';
	}
	/* Ten digits past the cap cannot wrap: 10^16 * 10 < 2^63. */
	sig = digits(&p, end, INT64_C(10000000000000000), &year);
	if (sig < 0)
		return CAL_ESYNTAX;
	d->year = neg ? -year : year;
	d->month = d->day = 1;
	d->flags = 0;
	if (era >= 0) {
		/* A year of an era below 10^16 maps to one below 2^62. */
		d->year = cal->era_year(era, year);
		d->flags = CAL_FLAG_ERA(era);
	}
	if (cal->shape == CAL_SHAPE_COUNT) {
		if (p != end)
			return CAL_ESYNTAX;
		goto check_year;
	}
	if (cal->shape == CAL_SHAPE_LONG_COUNT)
		return long_count(cal, p, end, sig, d, e);
	if (cal->shape == CAL_SHAPE_SEASON)
		return season_week(cal, p, end, sig, d, e);
	if (p == end || *p++ != '-')
		return CAL_ESYNTAX;
	if (cal->shape == CAL_SHAPE_WEEK && (p == end || (*p++ | 0x20) != 'w'))
		return CAL_ESYNTAX;
	if (digits(&p, end, FIELD_MAX, &v) < 0)
		return CAL_ESYNTAX;
	if (cal->shape == CAL_SHAPE_ORDINAL) {
		d->day = (int32_t)v;
	} else {
		d->month = (int32_t)v;
		/* "06L": the leap month 6 (validation asks the calendar). */
		if (cal->shape == CAL_SHAPE_YMD && p < end &&
		    (*p | 0x20) == 'l') {
			d->flags |= CAL_FLAG_LEAP_MONTH;
			p++;
		}
		if (p == end || *p++ != '-' ||
		    digits(&p, end, FIELD_MAX, &v) < 0)
			return CAL_ESYNTAX;
		d->day = (int32_t)v;
		/* "08L": the leap day 8 (validation asks the calendar). */
		if (cal->repeated != NULL && p < end &&
		    (*p | 0x20) == 'l') {
			d->flags |= CAL_FLAG_LEAP_DAY;
			p++;
		}
	}
	if (p != end)
		return CAL_ESYNTAX;
check_year:
	if (sig > YEAR_DIGITS) {
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	e->code = CAL_OK;
	return CAL_OK;
}

int
parse_relative(const char *s, size_t n, int *off)
{
	static const struct {
		const char	*word;
		int		 off;
	} words[] = {
		{ "today", 0 }, { "yesterday", -1 }, { "tomorrow", 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i].word) == n &&
		    strncasecmp(s, words[i].word, n) == 0) {
			*off = words[i].off;
			return 1;
		}
	return 0;
}

/*
 * The decimal value of c, and in *script the code point of its zero
 * (its script): Unicode's decimal digits (Nd), and the Han digits
 * 〇一二三四五六七八九 that CLDR's hanidec system writes, which Unicode
 * does not class as decimal.  Returns -1 for anything else.
 */
static int
digit_value(ucs4_t c, ucs4_t *script)
{
	static const ucs4_t han[10] = {
		0x3007, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03,
		0x516b, 0x4e5d
	};
	int d, i;

	if (c >= '0' && c <= '9') {
		*script = '0';
		return (int)(c - '0');
	}
	if (c < 0x80)
		return -1;
	if ((d = uc_decimal_value(c)) >= 0) {
		*script = c - (ucs4_t)d;
		return d;
	}
	for (i = 0; i < 10; i++)
		if (han[i] == c) {
			*script = han[0];
			return i;
		}
	return -1;
}

size_t
parse_digits(const char *s, size_t n, char *buf, size_t size)
{
	size_t i = 0, o = 0;
	ucs4_t c, base = 0, script;
	int k, d, in_number = 0, native = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			c = (unsigned char)s[i];
			k = 1;
		} else if ((k = u8_mbtouc(&c, (const uint8_t *)s + i,
		    n - i)) <= 0) {
			return 0;
		}
		d = digit_value(c, &script);
		if (d >= 0) {
			/* Every digit of one number from one script. */
			if (in_number && script != base)
				return 0;
			base = script;
			native |= c >= 0x80;
			in_number = 1;
			c = (ucs4_t)('0' + d);
		} else {
			in_number = 0;
			if (c >= 0x80)
				return 0;
		}
		if (o + 1 >= size)
			return 0;
		buf[o++] = (char)c;
		i += (size_t)k;
	}
	return native ? o : 0;
}

/*
 * Parsing by --input-format.  The names a format may match -- months,
 * weekdays, eras, in every language of the source calendar's name set
 * -- are found in the sets names_index() builds.
 */

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
		if ((d = digit_value(c, &script)) < 0)
			break;
		/* All the digits of one number come from one script. */
		if (count > 0 && script != base)
			break;
		base = script;
		if (x != 0 || d != 0)
			if (++*big > YEAR_DIGITS)
				x = INT64_C(1000000000000000);
		if (*big <= YEAR_DIGITS)
			x = x * 10 + d;
		count++;
		i += (size_t)k;
	}
	*big = *big > YEAR_DIGITS;
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

/* What a format found, before it is turned into a date. */
struct found {
	int64_t	year, yy, yoe, doy, jdn, isoyear, cycle, yic;
	int	month, day, slot, weekday, era, isoweek, isoday, leap;
	int	leapday;
	int	has_year, has_yy, has_yoe, has_doy, has_jdn, has_iso;
	int	has_cycle, has_yic;	/* the cycle, the year in it */
};

/*
 * Note the weekday wd (0 Sunday .. 6) that a directive read; 0 when
 * another directive read a different one, so the text does not match.
 */
static int
same_weekday(struct found *f, int wd)
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

/* A day outside cal's range, as cal_validate() reports one. */
static enum cal_err
out_of_range(const struct calendar *cal, int64_t rd, struct cal_error *e)
{
	e->value = rd;
	e->lo = cal_rd_min(cal);
	e->hi = cal_rd_max(cal);
	return e->code = CAL_ERANGE;
}

/*
 * The fixed day of the ISO week date w read by -p (%G, %V, %u), or the
 * error, its field named as ISO 8601's: the message names the source
 * calendar, whose own fields these are not.
 */
static enum cal_err
iso_week_fixed(const struct cal_date *w, int64_t *rd, struct cal_error *e)
{
	static const char *const fields[] = {
		"ISO week-numbering year", "ISO week", "ISO weekday",
	};

	if (cal_validate(&cal_iso_week, w, rd, e) == CAL_OK)
		return CAL_OK;
	if (e->code >= CAL_EYEAR && e->code <= CAL_EDAY)
		e->field = fields[e->code - CAL_EYEAR];
	return e->code;
}

/*
 * The day of a whole ISO week date read by -p, when nothing else names
 * it; every other field read must agree with that day.
 */
static enum cal_err
by_iso_week(const struct calendar *cal, const struct cal_nameset *set,
    const struct found *f, int64_t *rd, struct cal_error *e)
{
	struct cal_date w = { f->isoyear, f->isoweek, f->isoday, 0 }, d;
	int64_t yoe = 0;
	int era, slot, leap;

	if (iso_week_fixed(&w, rd, e) != CAL_OK)
		return e->code;
	if (!cal_holds(cal, *rd))
		return out_of_range(cal, *rd, e);
	cal->from_fixed(*rd, &d);
	leap = (d.flags & CAL_FLAG_LEAP_MONTH) != 0;
	slot = cal->month_slot != NULL ?
	    cal->month_slot(d.year, d.month, d.flags) : d.month;
	era = cal_era(cal, set != NULL ? set->neras : 0, &d, &yoe);
	if (cal->year_cycle != 0 && (f->has_cycle || f->has_yic)) {
		int64_t pos, cycle = cal_cycle(cal, d.year, &pos);

		if ((f->has_cycle && cycle != f->cycle) ||
		    (f->has_yic && pos != f->yic))
			goto differs;
	}
	if ((f->has_year && d.year != f->year) ||
	    (!f->has_year && f->has_yoe && yoe != f->yoe) ||
	    (f->era >= 0 && era != f->era) ||
	    (f->day != 0 && d.day != f->day) ||
	    (f->slot != 0 && slot != f->slot) ||
	    (f->slot == 0 && f->month != 0 &&
	    (d.month != f->month || leap != (f->leap != 0))))
		goto differs;
	if (f->has_doy) {
		/* The day of the year counts from its first (leap) month. */
		struct cal_date first = { d.year, 1, 1, 0 };

		if (cal->leap_months && cal->days_in_month(d.year, 1,
		    CAL_FLAG_LEAP_MONTH) != 0)
			first.flags = CAL_FLAG_LEAP_MONTH;
		if (*rd - cal->to_fixed(&first) + 1 != f->doy)
			goto differs;
	}
	e->code = CAL_OK;
	return CAL_OK;
differs:
	e->code = CAL_EFORMAT;
	return CAL_EFORMAT;
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
 * The year named by its place in the cycle (f->yic) and the cycle
 * (f->cycle), or checked against them when the text gave the year too;
 * without the cycle or the year, the year of that place nearest this
 * year, from half a cycle before it to just under half after, as %y
 * takes the nearest century.  0 or a cal_err.
 */
static enum cal_err
by_cycle(const struct calendar *cal, struct found *f, int64_t today,
    struct cal_error *e)
{
	int64_t n = cal->year_cycle, pos, cycle, c;
	struct cal_date now;

	if (f->has_yic && (f->yic < 1 || f->yic > n)) {
		e->code = CAL_EYEAR;
		e->known = 1;
		e->field = "year of the cycle";
		e->value = f->yic;
		e->lo = 1;
		e->hi = n;
		return CAL_EYEAR;
	}
	if (f->has_year) {
		if (f->year < cal->min_year || f->year > cal->max_year)
			return CAL_OK;	/* cal_validate() says so */
		cycle = cal_cycle(cal, f->year, &pos);
		if ((f->has_yic && pos != f->yic) ||
		    (f->has_cycle && cycle != f->cycle)) {
			e->code = CAL_ECYCLE;
			e->year = f->year;
			e->known = f->has_yic;
			e->value = f->yic;
			e->lo = f->has_cycle;
			e->hi = f->cycle;
			return CAL_ECYCLE;
		}
		return CAL_OK;
	}
	if (!f->has_yic)
		return CAL_OK;		/* a cycle alone names no year */
	if (f->has_cycle) {
		/* read_number keeps the cycle below 10^16: no overflow. */
		f->year = fx_cycle_year(f->cycle, f->yic, n) - cal->cycle_offset;
		f->has_year = 1;
		return CAL_OK;
	}
	/* A whole ISO week date names the year: by_iso_week checks it. */
	if (f->has_iso && f->isoweek != 0 && f->isoday != 0)
		return CAL_OK;
	if (!cal_holds(cal, today))
		today = today < cal_rd_min(cal) ? cal_rd_min(cal) :
		    cal_rd_max(cal);
	cal->from_fixed(today, &now);
	c = now.year + cal->cycle_offset;
	c -= fx_mod(c - f->yic, n);
	if (now.year + cal->cycle_offset - c > n / 2)
		c += n;
	f->year = c - cal->cycle_offset;
	f->has_year = 1;
	return CAL_OK;
}

/* Turn what was found into a fixed day; 0 or a cal_err. */
static enum cal_err
assemble(const struct calendar *cal, const struct cal_nameset *set,
    struct found *f, int64_t today, int64_t *rd, struct cal_error *e)
{
	struct cal_date d = { 0, 1, 1, 0 };
	int64_t y;

	if (f->has_jdn) {
		/* The source calendar's own range, which may be narrower. */
		*rd = f->jdn - FX_JDN_OFFSET;
		if (*rd < CAL_RD_MIN || *rd > CAL_RD_MAX || !cal_holds(cal, *rd))
			return out_of_range(cal, *rd, e);
		goto weekday;
	}
	/*
	 * An ISO week date and no year of the calendar: the date, unless it
	 * is whole and other fields must agree with it (below).
	 */
	if (f->has_iso && !f->has_year && !f->has_yoe && !f->has_yy &&
	    !f->has_yic && !f->has_cycle &&
	    (f->isoweek == 0 || f->isoday == 0)) {
		d.year = f->isoyear;
		d.month = f->isoweek;
		d.day = f->isoday != 0 ? f->isoday : 1;
		if (iso_week_fixed(&d, rd, e) != CAL_OK)
			return e->code;
		if (!cal_holds(cal, *rd))
			return out_of_range(cal, *rd, e);
		goto weekday;
	}
	/* An era counts only with a year of that era. */
	if (f->era >= 0 && f->has_yoe && !f->has_year &&
	    (set != NULL || cal->era_year != NULL)) {
		if (cal->era_year != NULL)
			f->year = cal->era_year(f->era, f->yoe);
		else if (set->neras >= 2 && f->era == 0)
			f->year = 1 - f->yoe;
		else
			f->year = f->yoe;
		f->has_year = 1;
	}
	if (f->has_yy && !f->has_year) {
		/* Two digits: the year nearest to this year in cal. */
		struct cal_date now;

		/* A calendar that has no today counts from its range's end. */
		if (!cal_holds(cal, today))
			today = today < cal_rd_min(cal) ? cal_rd_min(cal) :
			    cal_rd_max(cal);
		cal->from_fixed(today, &now);
		y = now.year - fx_mod(now.year - f->yy, 100);
		if (now.year - y > 50)
			y += 100;
		f->year = y;
		f->has_year = 1;
	}
	if (cal->year_cycle != 0 && by_cycle(cal, f, today, e) != CAL_OK)
		return e->code;
	/*
	 * A whole ISO week date names the day; what else was read must be
	 * that day's.
	 */
	if (f->has_iso && f->isoweek != 0 && f->isoday != 0) {
		if (by_iso_week(cal, set, f, rd, e) != CAL_OK)
			return e->code;
		goto weekday;
	}
	if (!f->has_year) {
		e->code = CAL_EFORMAT;
		return CAL_EFORMAT;
	}
	d.year = f->year;
	if (f->slot != 0) {
		f->month = cal->slot_month != NULL && d.year >= cal->min_year &&
		    d.year <= cal->max_year ?
		    cal->slot_month(d.year, f->slot) : f->slot;
		if (f->month == 0) {
			e->code = CAL_ENOMONTH;
			e->year = d.year;
			return CAL_ENOMONTH;
		}
	}
	if (f->has_doy) {
		/*
		 * Count from the year's first day (a leap month 1 comes
		 * first), even where that day lies before the supported
		 * range or is a skipped day, then check the day itself.  No
		 * year is longer than 400 days, but a baktun, the long
		 * count's "year", has 144000.
		 */
		int64_t doy_max = cal->shape == CAL_SHAPE_LONG_COUNT ?
		    144000 : 400;

		d.month = d.day = 1;
		if (d.year < cal->min_year || d.year > cal->max_year) {
			cal_validate(cal, &d, rd, e);
			return e->code;
		}
		if (cal->leap_months && !cal->leap_follows &&
		    cal->days_in_month(d.year, 1, CAL_FLAG_LEAP_MONTH) != 0)
			d.flags = CAL_FLAG_LEAP_MONTH;
		*rd = cal->to_fixed(&d);
		/* doy is below 10^16 (read_number saturates): no overflow. */
		if (f->doy >= 1 && f->doy <= doy_max &&
		    !cal_holds(cal, *rd + f->doy - 1))
			return out_of_range(cal, *rd + f->doy - 1, e);
		if (f->doy >= 1 && f->doy <= doy_max)
			cal->from_fixed(*rd + f->doy - 1, &d);
		else
			d.year = f->year + 1;	/* no such day: refused below */
		if (f->doy < 1 || d.year != f->year) {
			struct cal_date next = { f->year + 1, 1, 1, 0 };
			int64_t first = *rd;

			e->code = CAL_EDAY;
			e->known = 1;
			e->field = "day of the year";
			e->value = f->doy;
			e->lo = 1;
			e->hi = doy_max == 400 ? 366 : doy_max;
			/* The year's own length, when the next year is one. */
			if (f->year < cal->max_year) {
				if (cal->leap_months && cal->days_in_month(
				    next.year, 1, CAL_FLAG_LEAP_MONTH) != 0)
					next.flags = CAL_FLAG_LEAP_MONTH;
				e->hi = cal->to_fixed(&next) - first;
			}
			return CAL_EDAY;
		}
	} else {
		d.month = f->month != 0 ? f->month : 1;
		d.day = f->day != 0 ? f->day : 1;
	}
	/* An era notation's date must be in the era the text named. */
	if (f->era >= 0 && cal->era_letters != NULL)
		d.flags |= CAL_FLAG_ERA(f->era);
	if (f->leap && !f->has_doy)
		d.flags |= CAL_FLAG_LEAP_MONTH;
	if (f->leapday && !f->has_doy)
		d.flags |= CAL_FLAG_LEAP_DAY;
	if (cal_validate(cal, &d, rd, e) != CAL_OK)
		return e->code;
weekday:
	if (f->weekday >= 0 && f->weekday != fx_weekday(*rd)) {
		e->code = CAL_EWEEKDAY;
		e->value = f->weekday;
		e->lo = fx_weekday(*rd);
		return CAL_EWEEKDAY;
	}
	e->code = CAL_OK;
	return CAL_OK;
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
	struct found f;
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
				if (i >= n || (slot = era_index(cal, s[i])) < 0)
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
			out_of_range(cal, v - FX_JDN_OFFSET, e);
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
	assemble(cal, set, &f, today, rd, e);
	return i;
}
