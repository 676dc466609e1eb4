/*
 * fuzz_informat.c: -p INPUT-FORMAT, parse_format() on arbitrary text.
 *
 * Input: byte 0 picks the source calendar (mod cal_count()), byte 1
 * the language the round trip below writes in (mod the writers); then
 * the input format up to the first NUL; then the text (the rest, which
 * may hold NULs).  The text is an exact-size heap block, not
 * terminated, so reading past it is an ASan report.
 * Properties:
 * - fmt_compile() and parse_format() never crash, and parse_format()
 *   matches at most the bytes it was given;
 * - a date it reads (e.code CAL_OK) is in CAL_RD_MIN..CAL_RD_MAX, and
 *   the calendar's date of that day validates;
 * - what -o writes with the same format, in the chosen language and
 *   numerals, reads back as the same day and is used up whole
 *   ("calconv -L LANG -o F | calconv -p F" is the identity): for the
 *   day just read, and, when the format pins a day down (a year and a
 *   month and day, or a day of the year, or an ISO week date, or a JDN),
 *   for a few fixed days from the whole range.  Formats that cannot
 *   round-trip by construction are left out (see round_trips()), and
 *   so are formats that are not valid UTF-8.
 */
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "calendar.h"
#include "format.h"
#include "informat.h"
#include "parse.h"
#include "validate.h"

#include "fuzz.h"

#define TODAY	INT64_C(738965)		/* 2024-03-20 */
#define CALS_MAX	64

/*
 * Languages to write in for the round trip, and whether every number
 * is native (--digits=native).  Hebrew and Amharic are not written
 * all-native: their numerals are read only where the format says %O,
 * as documented.
 */
static const struct {
	const char	*lang;
	int		 native;
} writers[] = {
	{ "en", 0 }, { "fa", 1 }, { "ar", 0 }, { "he", 0 }, { "hi", 1 },
	{ "ru", 0 }, { "tr", 0 }, { "th", 1 }, { "native", 1 }, { "am", 0 },
	{ "zh", 1 }, { "ja", 0 }, { "ko", 0 },
};
#define NWRITERS	(sizeof(writers) / sizeof(writers[0]))

/* Days written and read back when the format pins a day down. */
static const int64_t days[] = {
	738965, 1, 0, -1, -300, 227015, 1000000, -1000000, CAL_RD_MIN,
	CAL_RD_MAX,
};
#define NDAYS	(sizeof(days) / sizeof(days[0]))

static struct fmt_ctx	ctx[CALS_MAX][NWRITERS];

static void
setup(void)
{
	static int done;
	const struct calendar *const *t = cal_table();
	int c;
	size_t w;

	if (done)
		return;
	done = 1;
	FUZZ_CHECK(cal_count() <= CALS_MAX, "%d calendars", cal_count());
	for (c = 0; c < cal_count(); c++)
		for (w = 0; w < NWRITERS; w++)
			fmt_context(&ctx[c][w], t[c], writers[w].lang,
			    writers[w].native);
}

/* What the text an op writes can begin and end with. */
enum { DIGIT = 1, NAME = 2 };

static int
starts(const struct fmt_op *op)
{
	unsigned char ch;

	if (op->conv == 0) {
		ch = (unsigned char)op->text[0];
		return (ch >= '0' && ch <= '9') || ch >= 0x80 ? DIGIT | NAME :
		    (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' ? NAME :
		    ch == '.' || ch == '\'' || ch == '-' ? NAME : 0;
	}
	/* %EC, %EN: an era's name or letter, or a cycle's number. */
	if (op->mod == 'E' && strchr("CN", op->conv) != NULL)
		return DIGIT | NAME;
	if (strchr("AaCNK", op->conv) != NULL)	/* %K: a stem-branch name */
		return NAME;
	if (strchr("Bbh", op->conv) != NULL)	/* a number without names */
		return DIGIT | NAME;
	if (strchr("YGJ", op->conv) != NULL)	/* '-' may join a name */
		return DIGIT | NAME;
	if (strchr("ymdejuwV", op->conv) != NULL)
		return DIGIT;
	return 0;				/* %n %t %% */
}

static int
ends(const struct fmt_op *op)
{
	if (op->conv == 'Y' && op->mod == 'E')	/* "44 BC", or "44" */
		return DIGIT | NAME;
	if (strchr("YGJ", op->conv) != NULL)	/* no sign at the end */
		return DIGIT;
	return op->conv == 0 ? 0 : starts(op);
}

/*
 * Can what prog writes be read back as the same text?  Not when what
 * one op writes runs into the next -- a number into a number or a
 * digit ("%m%d", "%J2": is 1110 11-10 or 1-110?), a name into a name
 * or a letter ("%A%B", "%B-%Y": names may hold '-', '.' and "'") --
 * nor when a number is given a width (a year wider than the width is
 * read short), nor when a blank in the text is followed by other white
 * space (a blank reads any run of it, and so do %n and %t, as in
 * strptime), nor with %C, which main.c
 * refuses in -p.  Those are the format's ambiguities, not the parser's.
 */
static int
round_trips(const struct fmt_prog *p)
{
	const struct fmt_op *op, *next;
	const char *sp;
	int i;

	for (i = 0; i < p->nops; i++) {
		op = &p->ops[i];
		next = i + 1 < p->nops ? &p->ops[i + 1] : NULL;
		/* A blank reads any run of blanks, NBSP and marks included. */
		if (op->conv == 0 && (sp = memchr(op->text, ' ', op->len)) !=
		    NULL)
			for (; sp < op->text + op->len; sp++)
				if (*sp == '\t' || *sp == '\n' || *sp == '\r' ||
				    (unsigned char)*sp >= 0x80)
					return 0;
		/*
		 * A blank ending a literal, then an era name or %K (which
		 * may write nothing), then white space: the blank reads
		 * it all.
		 */
		if (op->conv == 0 && op->text[op->len - 1] == ' ' &&
		    next != NULL && ((next->mod == 'E' && (next->conv == 'C' ||
		    next->conv == 'N')) || next->conv == 'K') &&
		    i + 2 < p->nops &&
		    p->ops[i + 2].conv == 0 &&
		    strchr(" \t\n\r\v\f", p->ops[i + 2].text[0]))
			return 0;
		/*
		 * %n and %t read any white space, as strptime's do, and
		 * the blanks beyond ASCII (NBSP, marks) that a blank reads.
		 */
		if ((op->conv == 'n' || op->conv == 't') && next != NULL &&
		    next->conv == 0 && (strchr(" \t\n\r\v\f", next->text[0]) ||
		    (unsigned char)next->text[0] >= 0x80))
			return 0;
		if (op->conv == 0 || ends(op) == 0)
			continue;
		if (op->conv == 'C' && op->mod != 'E')
			return 0;
		if ((starts(op) & DIGIT) && op->width != 0)
			return 0;
		if (next != NULL && (ends(op) & starts(next)) != 0)
			return 0;
		/*
		 * An era name writes nothing in a calendar without names,
		 * and %K nothing in one without a cycle of years.
		 */
		if (next != NULL && ((next->mod == 'E' && (next->conv == 'C' ||
		    next->conv == 'N')) || next->conv == 'K') &&
		    i + 2 < p->nops &&
		    (ends(op) & starts(&p->ops[i + 2])) != 0)
			return 0;
	}
	return 1;
}

/*
 * Does a name run straight into a number, or a number into a name?
 * Fine in ASCII digits, but native numerals may read as part of the
 * name (CJK numerals are letters to name matching, and "星期三" ends in
 * one; Hebrew numerals are letters, and a geresh before a word reads
 * as thousands).
 */
static int
glued(const struct fmt_prog *p)
{
	const struct fmt_op *a, *b;
	int i;

	for (i = 0; i + 1 < p->nops; i++) {
		a = &p->ops[i];
		b = &p->ops[i + 1];
		if (a->conv != 0 && b->conv != 0 &&
		    (((ends(a) & NAME) && (starts(b) & DIGIT)) ||
		    ((ends(a) & DIGIT) && (starts(b) & NAME))))
			return 1;
	}
	return 0;
}

/*
 * Does a name come before a number with only blanks between?  In
 * Hebrew numerals that is ambiguous: "אדר ב׳" is Adar of the year 2 and
 * the month Adar II, whose name holds a blank and a numeral.
 */
static int
spaced(const struct fmt_prog *p)
{
	const struct fmt_op *a, *b, *c;
	size_t k;
	int i;

	for (i = 0; i + 2 < p->nops; i++) {
		a = &p->ops[i];
		b = &p->ops[i + 1];
		c = &p->ops[i + 2];
		if (a->conv == 0 || !(ends(a) & NAME) || b->conv != 0 ||
		    c->conv == 0 || !(starts(c) & DIGIT))
			continue;
		for (k = 0; k < b->len && b->text[k] == ' '; k++)
			;
		if (k == b->len)
			return 1;
	}
	return 0;
}

/*
 * Is a month (convs "mBbh") or day number (convs "de") followed by an
 * l or L?  In a calendar with leap months or leap days that letter
 * reads as the leap month's or day's mark (-o writes "06L", "15L").
 */
static int
leap_glued(const struct fmt_prog *p, const char *convs)
{
	int i;

	for (i = 0; i + 1 < p->nops; i++)
		if (strchr(convs, p->ops[i].conv) != NULL &&
		    p->ops[i].conv != 0 && p->ops[i + 1].conv == 0 &&
		    (p->ops[i + 1].text[0] | 0x20) == 'l')
			return 1;
	return 0;
}

static int
has_o(const struct fmt_prog *p)
{
	int i;

	for (i = 0; i < p->nops; i++)
		if (p->ops[i].mod == 'O')
			return 1;
	return 0;
}

/*
 * Does prog pin a day down, whatever the day?  A JDN; an ISO week date
 * (%G %V %u); or a full year (%Y, or %EY, or %Ey with an era name) with
 * a day of the year or a month and a day.  In a day count the year is
 * the day.  %y does not count: it holds only a century's years.
 */
static int
complete(const struct fmt_prog *p, const struct calendar *cal)
{
	int i, year = 0, yoe = 0, era = 0, month = 0, day = 0, doy = 0;
	int g = 0, v = 0, u = 0, yy = 0;

	for (i = 0; i < p->nops; i++) {
		switch (p->ops[i].conv) {
		case 'J':
			return 1;
		case 'Y':
			if (p->ops[i].mod == 'E')
				yoe = era = 1;
			else
				year = 1;
			break;
		case 'y':
			if (p->ops[i].mod == 'E')
				yoe = 1;
			else
				yy = 1;
			break;
		case 'C':
			era = 1;
			break;
		case 'm': case 'B': case 'b': case 'h':
			month = 1;
			break;
		case 'd': case 'e':
			day = 1;
			break;
		case 'j':
			doy = 1;
			break;
		case 'G':
			g = 1;
			break;
		case 'V':
			v = 1;
			break;
		case 'u':
			u = 1;
			break;
		default:
			break;
		}
	}
	/* The year %y gives (nearest to today) must agree with the week's. */
	if (g && v && u && (!yy || year))
		return 1;
	year |= yoe && era;
	if (cal->shape == CAL_SHAPE_COUNT)
		return year;
	return year && (doy || (month && day));
}

/* Write rd by prog as writer w does, and read it back: the same day? */
static void
write_read(const struct fmt_prog *prog, int c, size_t w, int64_t rd,
    char *out, const char *src, const char *text, size_t n)
{
	const struct calendar *cal = cal_table()[c];
	struct cal_date d;
	struct cal_error e;
	size_t len, k;
	int64_t rd2 = 0;

	/* Hebrew and Ge'ez numerals are read only where %O says so. */
	if ((ctx[c][w].all_native &&
	    (ctx[c][w].native == FMT_NUM_HEBREW ||
	    ctx[c][w].native == FMT_NUM_ETHIOPIC)) ||
	    ((ctx[c][w].all_native || has_o(prog)) && glued(prog)) ||
	    (ctx[c][w].native == FMT_NUM_HEBREW && has_o(prog) &&
	    spaced(prog)))
		return;
	if (!cal_holds(cal, rd))
		return;		/* outside a calendar of a narrower range */
	cal->from_fixed(rd, &d);
	len = fmt_render(prog, cal, &ctx[c][w], &d, rd, out);
	k = parse_format(prog, cal, TODAY, out, len, &rd2, &e);
	if (k == len && e.code == CAL_OK && rd2 == rd)
		return;
	fuzz_dump("format", src, strlen(src));
	fuzz_dump("text", text, n);
	fuzz_dump("written", out, len);
	FUZZ_CHECK(0, "%s, %s%s: rd %lld, written as above, reads back %s "
	    "rd %lld (%zu of %zu bytes matched, error code %d)", cal->id,
	    writers[w].lang, writers[w].native ? " native" : "",
	    (long long)rd, e.code != CAL_OK ? "as no date, not" : "as",
	    (long long)(e.code != CAL_OK ? rd : rd2), k, len, (int)e.code);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fmt_prog prog;
	const struct calendar *cal;
	const uint8_t *z;
	struct cal_date d;
	struct cal_error e;
	char msg[256], *src, *text, *out = NULL;
	size_t n, k, off, w, i;
	int64_t rd, rd2;
	int c, trips;

	setup();
	if (size < 2)
		return 0;
	c = data[0] % cal_count();
	cal = cal_table()[c];
	w = data[1] % NWRITERS;
	z = memchr(data + 2, '\0', size - 2);
	n = z != NULL ? (size_t)(z - (data + 2)) : size - 2;
	if ((src = malloc(n + 1)) == NULL)
		return 0;
	memcpy(src, data + 2, n);
	src[n] = '\0';
	if (fmt_compile(&prog, src, msg, sizeof(msg), &off) != 0) {
		free(src);
		return 0;
	}
	n = z != NULL ? size - (size_t)(z + 1 - data) : 0;
	if ((text = malloc(n > 0 ? n : 1)) == NULL) {
		free(src);
		return 0;
	}
	memcpy(text, z != NULL ? z + 1 : data, n);
	/* A cycle's place is written, never read (main() refuses -f). */
	trips = round_trips(&prog) && cal->cycle == 0 &&
	    !(cal->leap_months && leap_glued(&prog, "mBbh")) &&
	    !(cal->repeated != NULL && leap_glued(&prog, "de")) &&
	    u8_check((const uint8_t *)src, strlen(src)) == NULL &&
	    (out = malloc(prog.max > 0 ? prog.max : 1)) != NULL;

	k = parse_format(&prog, cal, TODAY, text, n, &rd, &e);
	FUZZ_CHECK(k <= n, "matched %zu of %zu bytes", k, n);
	FUZZ_CHECK(e.code >= CAL_OK && e.code < CAL_ERR_MAX, "code %d",
	    (int)e.code);
	if (k > 0 && e.code == CAL_OK) {
		FUZZ_CHECK(rd >= CAL_RD_MIN && rd <= CAL_RD_MAX,
		    "%s: rd %lld", cal->id, (long long)rd);
		cal->from_fixed(rd, &d);
		FUZZ_CHECK(cal_validate(cal, &d, &rd2, &e) == CAL_OK &&
		    rd2 == rd, "%s: rd %lld does not validate", cal->id,
		    (long long)rd);
		if (trips)
			write_read(&prog, c, w, rd, out, src, text, n);
	}
	if (trips && complete(&prog, cal))
		for (i = 0; i < NDAYS; i++)
			write_read(&prog, c, w, days[i], out, src, text, n);
	free(out);
	free(text);
	free(src);
	return 0;
}
