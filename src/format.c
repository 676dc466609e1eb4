/*
 * format.c: compiled output formats.
 *
 * Directives (interpreted in the target calendar):
 *   %Y year (sign when negative, 4 digits)  %y year mod 100  %m month
 *   (with an L after it in a leap month)
 *   %d day  %e day, space-padded  %j day of year  %J Julian Day Number
 *   %B %b month name, full and abbreviated (%h = %b)  %A %a weekday
 *   name  %u weekday 1..7 from Monday  %w weekday 0..6 from Sunday
 *   %G %V ISO 8601 week-based year and week  %E era  %EY year of era
 *   and era ("44 BC")  %Ey year of era  %EN the era's letter in an era
 *   notation (R for Reiwa; elsewhere the era)  %C calendar id  %n %t %%
 *   In a calendar with a year_cycle (the Chinese ones): %EC and %EN the
 *   cycle, %Ey the year in it, %K its stem-branch name (R&D 19.3,
 *   chinese-from-fixed and chinese-sexagesimal-name; the names CLDR's).
 * Flags after '%': '-' no padding, '_' spaces, '0' zeros, '^' upper
 * case; then an optional width, the whole field's, in display columns.
 * Without a width, numbers have their default number of digits after
 * any sign, so the year -44 is "-0044" as in ISO 8601's expanded years.
 * %O before a numeric directive writes native numerals: the digits of
 * the chosen language if it has its own, else those of the calendar's
 * language (Hebrew and Ge'ez numerals included).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <uniwidth.h>

#include "fixed.h"
#include "format.h"
#include "numerals.h"

_Static_assert(CAL_NOTATION_MAX <= FMT_DATE_MAX,
    "a backend's notation fits fmt_default's buffer");

/* The widest number any directive prints: "-" and 19 digits. */
#define NUM_MAX		20

/* Two digits of 0..99 at once. */
static const char pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

char *
fmt_int(char *out, int64_t v, int width, char pad)
{
	static const uint64_t pow10[19] = {
		1, UINT64_C(10), UINT64_C(100), UINT64_C(1000), UINT64_C(10000),
		UINT64_C(100000), UINT64_C(1000000), UINT64_C(10000000),
		UINT64_C(100000000), UINT64_C(1000000000),
		UINT64_C(10000000000), UINT64_C(100000000000),
		UINT64_C(1000000000000), UINT64_C(10000000000000),
		UINT64_C(100000000000000), UINT64_C(1000000000000000),
		UINT64_C(10000000000000000), UINT64_C(100000000000000000),
		UINT64_C(1000000000000000000)
	};
	uint64_t u;
	int n = 1;
	char *p;

	/* Negate in unsigned arithmetic so INT64_MIN needs no case. */
	u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	while (n < 19 && u >= pow10[n])
		n++;
	if (n == 19 && u >= UINT64_C(10000000000000000000))
		n = 20;
	/* Blanks go before the sign, zeros after it. */
	if (pad == ' ' && width > n) {
		memset(out, ' ', (size_t)(width - n));
		out += width - n;
	}
	if (v < 0)
		*out++ = '-';
	if (pad == '0' && width > n) {
		memset(out, '0', (size_t)(width - n));
		out += width - n;
	}
	/* Write the digits from the right, two at a time. */
	p = out + n;
	if (u < UINT64_C(4294967296)) {
		/* The usual case, in cheaper 32-bit arithmetic. */
		uint32_t w = (uint32_t)u;

		while (w >= 100) {
			p -= 2;
			p[0] = pairs[2 * (w % 100)];
			p[1] = pairs[2 * (w % 100) + 1];
			w /= 100;
		}
		u = w;
	}
	while (u >= 100) {
		p -= 2;
		p[0] = pairs[2 * (u % 100)];
		p[1] = pairs[2 * (u % 100) + 1];
		u /= 100;
	}
	if (u >= 10) {
		p[-2] = pairs[2 * u];
		p[-1] = pairs[2 * u + 1];
	} else {
		p[-1] = (char)('0' + u);
	}
	return out + n;
}

int
fmt_is_rtl(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	/* U+0590..U+08FF and U+FB1D..U+FEFF, by their UTF-8 lead bytes. */
	for (; *p != '\0'; p++)
		if ((*p == 0xd6 && p[1] >= 0x90) || (*p >= 0xd7 && *p <= 0xdf) ||
		    (*p == 0xe0 && p[1] >= 0xa0 && p[1] <= 0xa3) ||
		    (*p == 0xef && p[1] >= 0xac && p[1] <= 0xbb))
			return 1;
	return 0;
}

/* The name of d's year in its cycle in ctx's language, or NULL. */
static const char *
cycle_name(const struct calendar *cal, const struct fmt_ctx *ctx,
    const struct cal_date *d)
{
	const char *const *list;
	int64_t pos;

	if (cal->year_cycle == 0 || ctx->set == NULL)
		return NULL;
	/* The set's English names where the language has none. */
	list = ctx->names->cyclic_year != NULL ? ctx->names->cyclic_year :
	    ctx->set->langs[0].cyclic_year;
	if (list == NULL || cal->year_cycle != 60)
		return NULL;
	cal_cycle(cal, d->year, &pos);
	return list[pos - 1];
}

/* The language subtag of a tag or locale name, lower-cased, in buf. */
static void
lang_of(const char *tag, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i + 1 < size && tag[i] != '\0' && tag[i] != '_' &&
	    tag[i] != '-' && tag[i] != '.' && tag[i] != '@'; i++)
		buf[i] = (char)(tag[i] >= 'A' && tag[i] <= 'Z' ?
		    tag[i] - 'A' + 'a' : tag[i]);
	buf[i] = '\0';
}

/* Does a table's language have the language of tag? */
static int
same_lang(const char *table, const char *tag)
{
	char a[16], b[16];

	lang_of(table, a, sizeof(a));
	lang_of(tag, b, sizeof(b));
	return strcmp(a, b) == 0;
}

/* The native numerals of a language, if it has any besides ASCII. */
static int
numerals_of(struct fmt_ctx *ctx, const char *tag)
{
	char l[16];

	lang_of(tag, l, sizeof(l));
	if ((ctx->digits = names_digits(tag)) != NULL)
		ctx->native = FMT_NUM_DECIMAL;
	else if (strcmp(l, "he") == 0)
		ctx->native = FMT_NUM_HEBREW;
	else if (strcmp(l, "am") == 0)
		ctx->native = FMT_NUM_ETHIOPIC;
	else
		return 0;
	return 1;
}

void
fmt_context(struct fmt_ctx *ctx, const struct calendar *cal,
    const char *lang, int all_native)
{
	const struct cal_names *greg;
	const char *want = lang;

	memset(ctx, 0, sizeof(*ctx));
	ctx->all_native = all_native;
	ctx->set = cal->names != NULL ? names_set(cal->names) : NULL;
	ctx->hebrew_years = ctx->set != NULL &&
	    strcmp(ctx->set->id, "hebrew") == 0;
	if (strcasecmp(lang, "native") == 0)
		want = ctx->set != NULL ? ctx->set->native : "en";
	ctx->names = ctx->set != NULL ? names_lang(ctx->set, want) : NULL;
	/*
	 * Weekdays are the same in every calendar: where the calendar's
	 * names lack the language, the Gregorian ones may have it.
	 */
	greg = names_lang(names_set("gregorian"), want);
	if (ctx->names != NULL && (same_lang(ctx->names->lang, want) ||
	    !same_lang(greg->lang, want)))
		ctx->weekdays = ctx->names;
	else
		ctx->weekdays = greg;
	lang_of(want, ctx->langbuf, sizeof(ctx->langbuf));
	ctx->lang = ctx->langbuf;
	/* %O: the language's own numerals, else the calendar's. */
	if (!numerals_of(ctx, want) && (ctx->set == NULL ||
	    !numerals_of(ctx, ctx->set->native)))
		ctx->native = FMT_NUM_ASCII;
}

/*
 * Day of the year: days since the first day of d's year, plus one.  A
 * leap month 1 comes before month 1 unless the calendar's leap months
 * follow their numbers; a skipped day 1 still converts to
 * the month's first day.
 */
static int64_t
day_of_year(const struct calendar *cal, const struct cal_date *d, int64_t rd)
{
	struct cal_date first = { d->year, 1, 1, 0 };

	if (cal->leap_months && !cal->leap_follows &&
	    cal->days_in_month(d->year, 1, CAL_FLAG_LEAP_MONTH) != 0)
		first.flags = CAL_FLAG_LEAP_MONTH;

	return rd - cal_to_fixed(cal, &first) + 1;
}

/* Pad s[0..n) on the left with spaces to width display columns. */
static char *
put_padded(char *out, const char *s, size_t n, int width)
{
	int cols = u8_width((const uint8_t *)s, n, "UTF-8");

	if (cols < width) {
		memset(out, ' ', (size_t)(width - cols));
		out += width - cols;
	}
	memcpy(out, s, n);
	return out + n;
}

static char *
put_text(char *out, const char *s, const struct fmt_op *op,
    const struct fmt_ctx *ctx)
{
	uint8_t buf[FMT_ITEM_MAX], *up;
	size_t n = strlen(s), un = sizeof(buf);
	int width = op->pad == 0 ? 0 : op->width;	/* '-': no padding */

	if (n > FMT_ITEM_MAX / 3)
		n = FMT_ITEM_MAX / 3;	/* no name is nearly this long */
	if (op->upper) {
		up = u8_toupper((const uint8_t *)s, n, ctx->lang, NULL, buf,
		    &un);
		if (up != NULL && up == buf)
			return put_padded(out, (const char *)buf, un, width);
		/* Would not fit: leave the case as it is. */
	}
	return put_padded(out, s, n, width);
}

/* Rewrite the ASCII digits of s[0..n) into the native decimal digits. */
static size_t
native_digits(char *out, const char *s, size_t n, const char *const *digits)
{
	size_t i, o = 0, k;

	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			k = strlen(digits[s[i] - '0']);
			memcpy(out + o, digits[s[i] - '0'], k);
			o += k;
		} else {
			out[o++] = s[i];
		}
	}
	return o;
}

static char *
put_num(char *out, int64_t v, const struct fmt_op *op,
    const struct fmt_ctx *ctx, int width, char pad)
{
	char tmp[FMT_WIDTH_MAX + NUM_MAX + 1], nat[NUM_TEXT_MAX * 4];
	enum fmt_numerals sys = op->mod == 'O' || ctx->all_native ?
	    ctx->native : FMT_NUM_ASCII;
	size_t n = 0;

	/*
	 * A Hebrew-calendar year below 1000 in letters would read back in
	 * the sixth millennium: such years keep their digits.
	 */
	if (sys == FMT_NUM_HEBREW && !(op->conv == 'Y' && v < 1000 &&
	    ctx->hebrew_years))
		n = num_hebrew(nat, v);
	else if (sys == FMT_NUM_ETHIOPIC)
		n = num_ethiopic(nat, v);
	if (n > 0)
		return put_padded(out, nat, n, op->width);
	if (op->pad != '?')
		pad = op->pad;
	/* A given width counts the sign, as in GNU date; the defaults don't. */
	if (op->width != 0)
		width = op->width - (v < 0);
	if (pad == 0)
		width = 0;
	if (sys != FMT_NUM_DECIMAL)
		return fmt_int(out, v, width, pad);
	n = (size_t)(fmt_int(tmp, v, width > NUM_MAX ? NUM_MAX : width, pad) -
	    tmp);
	n = native_digits(nat, tmp, n, ctx->digits);
	return put_padded(out, nat, n, width > NUM_MAX ? op->width : 0);
}

/* The name in a slot of one of the month arrays, or NULL. */
static const char *
month_name(const struct calendar *cal, const struct fmt_ctx *ctx,
    const struct cal_date *d, int abbr)
{
	int slot;

	if (ctx->names == NULL)
		return NULL;
	slot = cal->month_slot != NULL ?
	    cal->month_slot(d->year, d->month, d->flags) : d->month;
	if (slot < 1 || slot > ctx->set->nslots)
		return NULL;
	return abbr ? ctx->names->month_abbr[slot - 1] :
	    ctx->names->month[slot - 1];
}

/*
 * A leap month's name: the name set's leap pattern ("闰{0}") around the
 * month's name, in buf; the name alone when the set has no pattern.
 */
static const char *
leap_name(const struct fmt_ctx *ctx, const char *name, char *buf,
    size_t size)
{
	const char *pat = names_leap_pattern(ctx->set, ctx->names);
	const char *at = pat != NULL ? strstr(pat, "{0}") : NULL;

	if (at == NULL)
		return name;
	snprintf(buf, size, "%.*s%s%s", (int)(at - pat), pat, name, at + 3);
	return buf;
}

/* The letter of d's era in cal's era notation, or 0 when it has none. */
static char
era_letter(const struct calendar *cal, const struct cal_date *d)
{
	int64_t yoe;
	int k;

	if (cal->era_letters == NULL || cal->era == NULL)
		return 0;
	k = cal->era(d, &yoe) - cal->era_first;
	if (k < 0 || (size_t)k >= strlen(cal->era_letters))
		return 0;
	return cal->era_letters[k];
}

static char *
put_era(char *out, const struct calendar *cal, const struct fmt_ctx *ctx,
    const struct fmt_op *op, const struct cal_date *d)
{
	int64_t yoe = d->year;
	int era = cal_era(cal, ctx->set != NULL ? ctx->set->neras : 0, d,
	    &yoe);
	const char *name = era >= 0 && ctx->set != NULL &&
	    era < ctx->set->neras ?
	    ctx->names->era[era] : NULL;
	struct fmt_op num = *op;

	if (op->conv == 'y')
		return put_num(out, yoe, op, ctx, 1, '0');
	if (op->conv == 'Y') {
		/* "44 BC": the year of the era, a space, the era. */
		num.width = 0;
		out = put_num(out, yoe, &num, ctx, 1, '0');
		if (name == NULL)
			return out;
		*out++ = ' ';
	}
	num = *op;
	if (op->conv == 'Y')
		num.width = 0;
	return name != NULL ? put_text(out, name, &num, ctx) : out;
}

/*
 * A directive with E: in a calendar of cycles, the cycle (%EC, %EN) or
 * the year in it (%Ey); else the era's letter (%EN), or its name with
 * or without the year of the era (%EY, %Ey, %EC).
 */
static char *
put_e(char *p, const struct calendar *cal, const struct fmt_ctx *ctx,
    const struct fmt_op *op, const struct cal_date *d)
{
	char letter[2] = { 0, 0 };

	if (cal->year_cycle != 0 && op->conv != 'Y') {
		int64_t pos, cycle = cal_cycle(cal, d->year, &pos);

		return put_num(p, op->conv == 'y' ? pos : cycle, op, ctx, 1,
		    '0');
	}
	if (op->conv == 'N' && (letter[0] = era_letter(cal, d)) != 0)
		return put_text(p, letter, op, ctx);
	/* Without era names, the year is the year of the era. */
	if (ctx->names != NULL)
		return put_era(p, cal, ctx, op, d);
	if (op->conv != 'C' && op->conv != 'N')
		return put_num(p, d->year, op, ctx, 1, '0');
	return p;
}

/* %B, %b, %h: the month's name, or its number where it has none. */
static char *
put_month(char *p, const struct calendar *cal, const struct fmt_ctx *ctx,
    const struct fmt_op *op, const struct cal_date *d)
{
	char leapbuf[160];
	const char *s;

	s = month_name(cal, ctx, d, op->conv != 'B');
	if (s != NULL && (d->flags & CAL_FLAG_LEAP_MONTH))
		s = leap_name(ctx, s, leapbuf, sizeof(leapbuf));
	if (s != NULL)
		return put_text(p, s, op, ctx);
	p = put_num(p, d->month, op, ctx, 2, '0');
	if (d->flags & CAL_FLAG_LEAP_MONTH)
		*p++ = 'L';
	return p;
}

size_t
fmt_render(const struct fmt_prog *prog, const struct calendar *cal,
    const struct fmt_ctx *ctx, const struct cal_date *d, int64_t rd,
    char *out)
{
	const struct fmt_op *op = prog->ops, *end = prog->ops + prog->nops;
	struct cal_date iso;
	const char *s;
	char *p = out;
	int ywidth = cal->shape == CAL_SHAPE_COUNT ? 1 : 4;

	for (; op < end; op++) {
		if (op->mod == 'E') {
			p = put_e(p, cal, ctx, op, d);
			continue;
		}
		switch (op->conv) {
		case 0:
			memcpy(p, op->text, op->len);
			p += op->len;
			break;
		case 'Y':
			p = put_num(p, d->year, op, ctx, ywidth, '0');
			break;
		case 'y':
			p = put_num(p, fx_mod(d->year, 100), op, ctx, 2, '0');
			break;
		case 'm':
			p = put_num(p, d->month, op, ctx, 2, '0');
			if (d->flags & CAL_FLAG_LEAP_MONTH)
				*p++ = 'L';
			break;
		case 'd':
			p = put_num(p, d->day, op, ctx, 2, '0');
			if (d->flags & CAL_FLAG_LEAP_DAY)
				*p++ = 'L';
			break;
		case 'e':
			p = put_num(p, d->day, op, ctx, 2, ' ');
			if (d->flags & CAL_FLAG_LEAP_DAY)
				*p++ = 'L';
			break;
		case 'j':
			p = put_num(p, day_of_year(cal, d, rd), op, ctx, 3, '0');
			break;
		case 'J':
			p = put_num(p, rd + FX_JDN_OFFSET, op, ctx, 1, '0');
			break;
		case 'B':
		case 'b':
		case 'h':
			p = put_month(p, cal, ctx, op, d);
			break;
		case 'A':
			p = put_text(p, ctx->weekdays->weekday[fx_weekday(rd)],
			    op, ctx);
			break;
		case 'a':
			p = put_text(p,
			    ctx->weekdays->weekday_abbr[fx_weekday(rd)], op,
			    ctx);
			break;
		case 'u':
			p = put_num(p, fx_amod(rd, 7), op, ctx, 1, '0');
			break;
		case 'w':
			p = put_num(p, fx_weekday(rd), op, ctx, 1, '0');
			break;
		case 'G':
			cal_from_fixed(&cal_iso_week, rd, &iso);
			p = put_num(p, iso.year, op, ctx, 4, '0');
			break;
		case 'V':
			cal_from_fixed(&cal_iso_week, rd, &iso);
			p = put_num(p, iso.month, op, ctx, 2, '0');
			break;
		case 'C':
			p = put_text(p, cal->id, op, ctx);
			break;
		case 'K':
			/* Calendars without a cycle of named years: nothing. */
			if ((s = cycle_name(cal, ctx, d)) != NULL)
				p = put_text(p, s, op, ctx);
			break;
		case 'n':
			*p++ = '\n';
			break;
		case 't':
			*p++ = '\t';
			break;
		case '%':
			*p++ = '%';
			break;
		default:
			break;
		}
	}
	return (size_t)(p - out);
}

const char *
fmt_default_format(const struct calendar *cal)
{
	switch (cal->shape) {
	case CAL_SHAPE_COUNT:
		return "%Y";
	case CAL_SHAPE_ORDINAL:
		return "%Y-%j";
	case CAL_SHAPE_WEEK:
		return "%Y-W%m-%-d";
	case CAL_SHAPE_ERA:
		return "%EN%Ey-%m-%d";
	case CAL_SHAPE_LONG_COUNT:	/* no directives for tun, uinal, kin */
	case CAL_SHAPE_CYCLE:		/* the backend names its places */
	case CAL_SHAPE_SEASON:		/* no directive for a season's week */
		return NULL;
	case CAL_SHAPE_YMD:
	default:
		return "%Y-%m-%d";
	}
}

int
fmt_is_default(const struct fmt_prog *prog, const struct calendar *cal,
    const struct fmt_ctx *ctx)
{
	struct fmt_prog def;
	const struct fmt_op *a, *b;
	char msg[64];
	size_t off;
	int i;

	/*
	 * %Y writes the year as fmt_int(year, 4, '0') (1 digit at least in
	 * a count), %m and %d two digits each followed by an L in a leap
	 * month or on a leap day: the default notation of these two shapes,
	 * to the byte, in every range.  The others' notations take facts
	 * their directives compute otherwise (%j, the era's letter).
	 */
	if ((cal->shape != CAL_SHAPE_YMD && cal->shape != CAL_SHAPE_COUNT) ||
	    ctx->all_native || fmt_default_format(cal) == NULL ||
	    fmt_compile(&def, fmt_default_format(cal), msg, sizeof(msg),
	    &off) != 0 || def.nops != prog->nops)
		return 0;
	for (i = 0; i < prog->nops; i++) {
		a = &prog->ops[i];
		b = &def.ops[i];
		if (a->conv != b->conv || a->mod != b->mod || a->pad != b->pad ||
		    a->upper != b->upper || a->width != b->width)
			return 0;
		if (a->conv == 0 && (a->len != b->len ||
		    memcmp(a->text, b->text, a->len) != 0))
			return 0;
	}
	return 1;
}

size_t
fmt_default(const struct calendar *cal, const struct cal_date *d, char *out)
{
	char *p = out;

	/* The common case first: years 0..9999 written YYYY-MM-DD. */
	if (cal->shape == CAL_SHAPE_YMD && d->year >= 0 && d->year <= 9999 &&
	    d->month <= 99 && d->day <= 99 && d->flags == 0) {
		memcpy(out, pairs + 2 * (d->year / 100), 2);
		memcpy(out + 2, pairs + 2 * (d->year % 100), 2);
		out[4] = '-';
		memcpy(out + 5, pairs + 2 * d->month, 2);
		out[7] = '-';
		memcpy(out + 8, pairs + 2 * d->day, 2);
		return 10;
	}
	if (d->year >= 0 && d->year <= 9999 &&
	    (cal->shape == CAL_SHAPE_ORDINAL || cal->shape == CAL_SHAPE_WEEK)) {
		memcpy(out, pairs + 2 * (d->year / 100), 2);
		memcpy(out + 2, pairs + 2 * (d->year % 100), 2);
		out[4] = '-';
		if (cal->shape == CAL_SHAPE_ORDINAL) {
			out[5] = (char)('0' + d->day / 100);
			memcpy(out + 6, pairs + 2 * (d->day % 100), 2);
			return 8;
		}
		if (cal->shape == CAL_SHAPE_WEEK && d->month <= 99 &&
		    d->day <= 9) {
			out[5] = 'W';
			memcpy(out + 6, pairs + 2 * d->month, 2);
			out[8] = '-';
			out[9] = (char)('0' + d->day);
			return 10;
		}
	}
	switch (cal->shape) {
	case CAL_SHAPE_COUNT:
		p = fmt_int(p, d->year, 0, 0);
		break;
	case CAL_SHAPE_CYCLE:
		p += cal->notation(d, p);
		break;
	case CAL_SHAPE_SEASON: {
		int k = d->month - 1;

		p = fmt_int(p, d->year, 4, '0');
		*p++ = '-';
		*p++ = cal->season_letters[k];
		p = fmt_int(p, (d->day - 1) / 7 + 1, 2, '0');
		*p++ = '-';
		/* ISO weekday: 1 Monday .. 7 Sunday. */
		*p++ = (char)('0' + fx_amod(cal->season_weekday[k] + d->day - 1,
		    7));
		break;
	}
	case CAL_SHAPE_LONG_COUNT: {
		int k = d->day - 1;	/* day of the katun, 0..7199 */

		p = fmt_int(p, d->year, 0, 0);
		*p++ = '.';
		p = fmt_int(p, d->month - 1, 0, 0);
		*p++ = '.';
		p = fmt_int(p, k / 360, 0, 0);
		*p++ = '.';
		p = fmt_int(p, k % 360 / 20, 0, 0);
		*p++ = '.';
		p = fmt_int(p, k % 20, 0, 0);
		break;
	}
	case CAL_SHAPE_ERA: {
		int64_t yoe;
		char letter = era_letter(cal, d);

		/* No letter only for a date outside the range: the year. */
		if (letter != 0) {
			*p++ = letter;
			cal->era(d, &yoe);
			p = fmt_int(p, yoe, 0, 0);
		} else {
			p = fmt_int(p, d->year, 4, '0');
		}
		*p++ = '-';
		p = fmt_int(p, d->month, 2, '0');
		*p++ = '-';
		p = fmt_int(p, d->day, 2, '0');
		break;
	}
	case CAL_SHAPE_ORDINAL:
		p = fmt_int(p, d->year, 4, '0');
		*p++ = '-';
		p = fmt_int(p, d->day, 3, '0');
		break;
	case CAL_SHAPE_WEEK:
		p = fmt_int(p, d->year, 4, '0');
		*p++ = '-';
		*p++ = 'W';
		p = fmt_int(p, d->month, 2, '0');
		*p++ = '-';
		p = fmt_int(p, d->day, 1, '0');
		break;
	case CAL_SHAPE_YMD:
	default:
		p = fmt_int(p, d->year, 4, '0');
		*p++ = '-';
		p = fmt_int(p, d->month, 2, '0');
		if (d->flags & CAL_FLAG_LEAP_MONTH)
			*p++ = 'L';
		*p++ = '-';
		p = fmt_int(p, d->day, 2, '0');
		if (d->flags & CAL_FLAG_LEAP_DAY)
			*p++ = 'L';
		break;
	}
	return (size_t)(p - out);
}
