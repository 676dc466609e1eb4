/*
 * fuzz_stream.c: the record engine, stream_fd(), on arbitrary files.
 *
 * Input: byte 0 picks the source calendar (mod cal_count()); byte 1
 * sets the run:
 *   0x01  -z: records end with NUL instead of newline
 *   0x02  two targets (iso-week and rd) instead of one (julian)
 *   0x0c  the error policy: keep, skip, abort, empty (bits >> 2)
 *   0x10  -p: read dates by input formats instead of the default
 *         notation (see informats[])
 *   0x20  names and numerals in Persian, every number native
 *         (-L fa --digits=native)
 *   0x40  -o FORMAT (a fixed one, with names) instead of the default
 *         notation
 *   0x80  -k 2,4- instead of -k 2 in field mode
 * When the source is Gregorian (the batch paths'), each run is done
 * again with islamic-umalqura, a target of limited range, in place of
 * the last target; with -p, again with the first input format alone
 * (whole records by one plain format take a batch path).
 * The rest is the file, given to stream_fd() through a memfd; stdout
 * (fd 1) is a second memfd while stream_fd() and stream_flush() run.
 * Each input runs in three modes: whole records, -k 2 -d ',' and -S.
 * When byte 0 is 0xe0 or more, the text is repeated to past two read()
 * chunks (BIG_SIZE), so records cross chunks and the record buffer
 * slides and grows (and, in a build with the 128 KiB chunks of a
 * release, with 0x40 and 0x02 the 1 MiB output buffer is flushed
 * midway); such runs are slow, so they run one mode only, (byte 0 -
 * 0xe0) % 3 (0 whole records, 1 fields, 2 sed), byte 2 picks the
 * calendar (mod cal_count()) and the text starts at byte 3.  So what
 * a seed means does not change as calendars are added.
 *
 * Properties: stream_fd() never crashes, returns STREAM_OK (or
 * STREAM_ABORT under -e abort), and writes exactly what this file
 * expects, computed independently from the contract:
 * - every record yields one record, its terminator kept (the last
 *   record stays unterminated if it was): with keep and empty, the
 *   output has as many terminators as the input;
 * - a record's bytes outside the converted spans pass through
 *   unchanged (blanks, quotes, other fields, a CR before the newline);
 * - a span is converted exactly when it is a date (parse_date() and
 *   cal_validate() accept it, in ASCII or another script's digits, or
 *   with -p the first input format that reads all of it as a valid
 *   date, or today/yesterday/tomorrow in whole-record and field
 *   modes), and in every target's range, and a record with a refused
 *   span, too few fields,
 *   or invalid UTF-8 (field and sed modes) is kept whole, dropped,
 *   ends the run, or gets empty columns, by the policy;
 * - several targets are joined by a tab, or by the delimiter in field
 *   mode, with quotes closed and reopened around it when the field
 *   was quoted.
 * The spans are found here by their definitions -- the trimmed record
 * (a byte-order mark opening it counts as a blank); the selected
 * fields, trimmed and unquoted; in sed mode the strict forms
 * dddd-dd-dd (with a leap month's or leap day's L where the calendar
 * has them), dddd-Wdd-d, dddd-ddd or a whole digit run for day
 * counts, touching no digit on either side, or with -p the first
 * format that matches at the start of a word, not followed by a digit
 * (a match that is no valid date is found, then refused) -- not by
 * stream.c's code.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "calendar.h"
#include "convert.h"
#include "format.h"
#include "informat.h"
#include "parse.h"
#include "stream.h"
#include "validate.h"

#include "fuzz.h"

#define CFG_ZERO	0x01
#define CFG_TWO		0x02
#define CFG_POLICY(b)	((enum policy)((b) >> 2 & 3))
#define CFG_INPUT	0x10
#define CFG_NATIVE	0x20
#define CFG_FORMAT	0x40
#define CFG_FIELDS	0x80
#define CFG_BIG(b0)	((b0) >= 0xe0)

/* Past two read() chunks (260 KiB in a release build, 8.1 KiB in the
 * fuzz build's 4 KiB chunks). */
#define BIG_SIZE	(2 * STREAM_READ_CHUNK + STREAM_READ_CHUNK / 32)
#define TODAY		INT64_C(738965)		/* 2024-03-20 */

static const char format[] = "[%C %Y-%j %-e %J %G-W%V-%u %A %-d %^b %EY]";
static const char *const informats[] = {
	"%d %B %Y", "%B %-d, %Y", "%Y/%m/%d"
};
#define NINFORMATS	(sizeof(informats) / sizeof(informats[0]))

struct buf {
	char	*p;
	size_t	 n, cap;
};

static int	infd = -1, outfd = -1, stdout_copy = -1;
static struct fmt_prog prog, inprog[NINFORMATS], native[4];

static void
put(struct buf *b, const void *p, size_t n)
{
	size_t cap = b->cap == 0 ? 4096 : b->cap;
	char *q;

	if (n == 0)
		return;
	while (cap < b->n + n)
		cap *= 2;
	if (cap != b->cap) {
		q = realloc(b->p, cap);
		FUZZ_CHECK(q != NULL, "out of memory");
		b->p = q;
		b->cap = cap;
	}
	memcpy(b->p + b->n, p, n);
	b->n += n;
}

static void
put_c(struct buf *b, char ch)
{
	put(b, &ch, 1);
}

/*
 * Is s[0..n) a date the converter must accept?  Its day in *rd.  The
 * default notation, also in another script's digits (۱۴۰۳-۰۱-۰۱); or
 * with -p the first input format that matches all of s with a valid
 * date; or today, yesterday or tomorrow.  And a day every target holds.
 */
static int
source_date(const struct stream *c, const char *s, size_t n, int64_t *rd)
{
	struct cal_date d;
	struct cal_error e;
	char ascii[128];
	size_t k;
	int off, i;

	if (c->cv.nin > 0) {
		for (i = 0; i < c->cv.nin; i++)
			if (parse_format(c->cv.in[i], c->cv.from, c->cv.today, s, n, rd,
			    &e) == n && e.code == CAL_OK)
				return 1;
	} else if (parse_date(c->cv.from, s, n, &d, &e) == CAL_OK &&
	    cal_validate(c->cv.from, &d, rd, &e) == CAL_OK) {
		return 1;
	} else if ((k = parse_digits(s, n, ascii, sizeof(ascii))) > 0 &&
	    parse_date(c->cv.from, ascii, k, &d, &e) == CAL_OK &&
	    cal_validate(c->cv.from, &d, rd, &e) == CAL_OK) {
		return 1;
	}
	if (parse_relative(s, n, &off)) {
		*rd = c->cv.today + off;
		return 1;
	}
	return 0;
}

static int
is_date(const struct stream *c, const char *s, size_t n, int64_t *rd)
{
	int i;

	if (!source_date(c, s, n, rd))
		return 0;
	for (i = 0; i < c->cv.nto; i++)
		if (*rd < cal_rd_min(c->cv.to[i]) ||
		    *rd > cal_rd_max(c->cv.to[i]))
			return 0;
	return 1;
}

static void
put_targets(const struct stream *c, struct buf *b, int64_t rd, const char *sep,
    size_t seplen)
{
	struct cal_date d;
	char *text;
	size_t max;
	int i;

	for (i = 0; i < c->cv.nto; i++) {
		if (i > 0)
			put(b, sep, seplen);
		c->cv.to[i]->from_fixed(rd, &d);
		if (c->cv.out[i] == NULL) {
			char t[FMT_DATE_MAX];

			put(b, t, fmt_default(c->cv.to[i], &d, t));
			continue;
		}
		max = c->cv.out[i]->max;
		FUZZ_CHECK((text = malloc(max > 0 ? max : 1)) != NULL, "memory");
		put(b, text, fmt_render(c->cv.out[i], c->cv.to[i], &c->cv.ctx[i], &d, rd,
		    text));
		free(text);
	}
}

static void
put_empty(const struct stream *c, struct buf *b, const char *sep, size_t seplen)
{
	int i;

	for (i = 1; i < c->cv.nto; i++)
		put(b, sep, seplen);
}

static int
blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

static int
digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static int
alnum(unsigned char ch)
{
	return digit((char)ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* How many digits from s[k] on. */
static size_t
digits(const char *s, size_t k, size_t end)
{
	size_t j;

	for (j = k; j < end && digit(s[j]); j++)
		;
	return j - k;
}

/*
 * The sed-mode date starting at s[i]: its length, or 0.  Called at the
 * first digit of a run, or for an era notation at a letter that ends
 * no word.  In pat, 'd' is a digit, 'W' w or W, 'S' a season's letter
 * (either case), 'L' an optional leap-month l or L, 'D' an optional
 * leap-day l or L (in calendars with leap days, and not before a
 * digit), 'E' an era letter (either case) and 'Y' a run of 1..10
 * digits; anything else is itself; no digit may follow.  The Maya long count is its own case: 1..8 digits, then four
 * places of 1..2 digits after dots, not inside a longer dotted run.
 */
static size_t
sed_date(const struct calendar *cal, const char *s, size_t i, size_t end)
{
	const char *pat;
	size_t k, r;
	int p;

	switch (cal->shape) {
	case CAL_SHAPE_COUNT:
		return digits(s, i, end);
	case CAL_SHAPE_LONG_COUNT:
		if ((i > 0 && s[i - 1] == '.') || (r = digits(s, i, end)) > 8)
			return 0;
		for (k = i + r, p = 0; p < 4; p++, k += 1 + r)
			if (k >= end || s[k] != '.' ||
			    (r = digits(s, k + 1, end)) == 0 || r > 2)
				return 0;
		return k + 1 < end && s[k] == '.' && digit(s[k + 1]) ? 0 :
		    k - i;
	case CAL_SHAPE_ORDINAL:
		pat = "dddd-ddd";
		break;
	case CAL_SHAPE_WEEK:
		pat = "dddd-Wdd-d";
		break;
	case CAL_SHAPE_SEASON:
		pat = "dddd-Sdd-d";
		break;
	case CAL_SHAPE_ERA:
		pat = "EY-dd-dd";
		break;
	case CAL_SHAPE_YMD:
	default:
		pat = cal->leap_months ? "dddd-ddL-ddD" : "dddd-dd-ddD";
		break;
	}
	for (k = i; *pat != '\0'; pat++) {
		if (*pat == 'L') {
			if (k < end && (s[k] | 0x20) == 'l')
				k++;
			continue;
		}
		/* A leap day's L, unless the date would then touch a digit. */
		if (*pat == 'D') {
			if (cal->repeated != NULL && k < end &&
			    (s[k] | 0x20) == 'l' && (k + 1 == end ||
			    !digit(s[k + 1])))
				k++;
			continue;
		}
		if (*pat == 'Y') {
			if ((r = digits(s, k, end)) == 0 || r > 10)
				return 0;
			k += r;
			continue;
		}
		if (k == end || (*pat == 'd' ? !digit(s[k]) :
		    *pat == 'W' ? (s[k] | 0x20) != 'w' :
		    *pat == 'S' ? (s[k] | 0x20) != (cal->season_letters[0] |
		    0x20) && (s[k] | 0x20) != (cal->season_letters[1] | 0x20) :
		    *pat == 'E' ? !alnum((unsigned char)s[k]) ||
		    (strchr(cal->era_letters, s[k] | 0x20) == NULL &&
		    strchr(cal->era_letters, s[k] & ~0x20) == NULL) :
		    s[k] != *pat))
			return 0;
		k++;
	}
	return k < end && digit(s[k]) ? 0 : k - i;
}

struct span {
	size_t	a, b;
	int	quoted;
};

static int
selected(const struct stream *c, size_t f)
{
	int i;

	for (i = 0; i < c->nranges; i++)
		if (f >= c->ranges[i].lo && f <= c->ranges[i].hi)
			return 1;
	return 0;
}

/* With -p, sed mode's date at s[i]: the first format that reads one. */
static size_t
format_date(const struct stream *c, const char *s, size_t i, size_t end)
{
	struct cal_error e;
	int64_t rd;
	size_t k;
	int f;

	for (f = 0; f < c->cv.nin; f++) {
		k = parse_format(c->cv.in[f], c->cv.from, c->cv.today, s + i, end - i,
		    &rd, &e);
		if (k > 0 && (i + k == end || !digit(s[i + k])))
			return k;
	}
	return 0;
}

/*
 * The spans of s[0..end) to convert, into sp (room for end + 1);
 * returns their number, and the record's field count in *fields.
 */
static size_t
spans(const struct stream *c, const char *s, size_t end, struct span *sp,
    size_t *fields)
{
	size_t i, k, a, b, ns = 0;
	unsigned char u, prev;

	*fields = 0;
	if (c->mode == MODE_FIELD) {
		for (a = 0; ; a = b + 1) {
			for (b = a; b < end && s[b] != c->delim; b++)
				;
			if (selected(c, ++*fields)) {
				k = b;
				while (a < k && blank(s[a]))
					a++;
				while (k > a && blank(s[k - 1]))
					k--;
				sp[ns].quoted = k - a >= 2 && s[a] == '"' &&
				    s[k - 1] == '"';
				if (sp[ns].quoted) {
					a++;
					k--;
				}
				if (a < k) {
					sp[ns].a = a;
					sp[ns++].b = k;
				}
			}
			if (b == end)
				break;
		}
		return ns;
	}
	for (i = 0; i < end; i++) {
		u = (unsigned char)s[i];
		prev = i > 0 ? (unsigned char)s[i - 1] : ' ';
		if (c->cv.nin > 0) {
			/* A word starts: a letter, digit or UTF-8 lead byte
			 * after anything but those and continuation bytes. */
			if ((!alnum(u) && u < 0xc0) || alnum(prev) ||
			    prev >= 0x80)
				continue;
			k = format_date(c, s, i, end);
		} else if (c->cv.from->shape == CAL_SHAPE_ERA) {
			if (alnum(u) && !digit(s[i]) && !alnum(prev))
				k = sed_date(c->cv.from, s, i, end);
			else
				continue;
		} else {
			if (!digit(s[i]) || digit((char)prev))
				continue;
			k = sed_date(c->cv.from, s, i, end);
		}
		if (k != 0) {
			sp[ns].a = i;
			sp[ns].b = i + k;
			sp[ns++].quoted = 0;
			i += k - 1;
		}
	}
	return ns;
}

/*
 * Append what one record of n bytes (terminator not included) must
 * become.  Returns -1 when it holds a refused date.
 */
static int
expect_record(const struct stream *c, const char *s, size_t n, int terminated,
    struct buf *o)
{
	struct span *sp;
	size_t end = n, a, b, ns, i, copied, fields;
	int64_t rd;
	int bad = 0;
	const char sep[3] = { '"', c->mode == MODE_FIELD ? c->delim : '\t',
	    '"' };

	if (end > 0 && s[end - 1] == '\r' && c->term == '\n')
		end--;
	if (c->mode == MODE_LINE) {
		/* A byte-order mark opening a record stays, like a blank. */
		a = end >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
		for (; a < end && blank(s[a]); a++)
			;
		for (b = end; b > a && blank(s[b - 1]); b--)
			;
		if (a == b) {
			put(o, s, n);
		} else if (is_date(c, s + a, b - a, &rd)) {
			put(o, s, a);
			put_targets(c, o, rd, "\t", 1);
			put(o, s + b, n - b);
		} else {
			bad = 1;
			if (c->policy == POLICY_EMPTY) {
				put(o, s, a);
				put_empty(c, o, "\t", 1);
				put(o, s + b, n - b);
			} else if (c->policy == POLICY_KEEP) {
				put(o, s, n);
			}
		}
	} else {
		sp = malloc((end + 1) * sizeof(*sp));
		FUZZ_CHECK(sp != NULL, "out of memory");
		ns = spans(c, s, end, sp, &fields);
		if (u8_check((const uint8_t *)s, end) != NULL ||
		    (c->mode == MODE_FIELD && fields < c->need))
			bad = 1;
		for (i = 0; i < ns; i++)
			if (!is_date(c, s + sp[i].a, sp[i].b - sp[i].a, &rd))
				bad = 1;
		if (bad && c->policy != POLICY_EMPTY) {
			if (c->policy == POLICY_KEEP)
				put(o, s, n);
		} else {
			for (copied = 0, i = 0; i < ns; i++) {
				put(o, s + copied, sp[i].a - copied);
				if (is_date(c, s + sp[i].a, sp[i].b - sp[i].a,
				    &rd))
					put_targets(c, o, rd, sep + !sp[i].quoted,
					    sp[i].quoted ? 3 : 1);
				else
					put_empty(c, o, sep + !sp[i].quoted,
					    sp[i].quoted ? 3 : 1);
				copied = sp[i].b;
			}
			put(o, s + copied, n - copied);
		}
		free(sp);
	}
	if (bad && (c->policy == POLICY_SKIP || c->policy == POLICY_ABORT))
		return -1;
	if (terminated)
		put_c(o, c->term);
	return bad ? -1 : 0;
}

/* The whole expected output; returns the stream_fd() result expected. */
static int
expect(const struct stream *c, const char *s, size_t n, struct buf *o)
{
	const char *t;
	size_t start = 0;

	while (start < n) {
		t = memchr(s + start, c->term, n - start);
		if (expect_record(c, s + start, t != NULL ?
		    (size_t)(t - s) - start : n - start, t != NULL, o) != 0 &&
		    c->policy == POLICY_ABORT)
			return STREAM_ABORT;
		if (t == NULL)
			break;
		start = (size_t)(t - s) + 1;
	}
	return STREAM_OK;
}

static size_t
count(const char *s, size_t n, char ch)
{
	size_t k = 0;
	const char *t;

	while ((t = memchr(s, ch, n)) != NULL) {
		k++;
		n -= (size_t)(t - s) + 1;
		s = t + 1;
	}
	return k;
}

static void
run(const struct stream *c, const char *in, size_t n)
{
	static const char *const mode_names[] = { "line", "field", "sed" };
	struct buf want = { NULL, 0, 0 };
	char *got;
	size_t ngot, i, from;
	int rc, erc;

	FUZZ_CHECK(fuzz_fill(infd, in, n) == 0 && fuzz_fill(outfd, "", 0) == 0,
	    "cannot fill the memfds");
	fuzz_mute();
	FUZZ_CHECK(dup2(outfd, STDOUT_FILENO) == STDOUT_FILENO, "dup2");
	rc = stream_fd(c, infd, "fuzz");
	FUZZ_CHECK(stream_flush() == 0, "write error");
	FUZZ_CHECK(dup2(stdout_copy, STDOUT_FILENO) == STDOUT_FILENO, "dup2");
	fuzz_unmute();
	stream_free();
	got = fuzz_slurp(outfd, &ngot);
	FUZZ_CHECK(got != NULL, "cannot read the output");

	erc = expect(c, in, n, &want);
	FUZZ_CHECK(rc == erc, "%s mode, %s: stream_fd returned %d, not %d",
	    mode_names[c->mode], c->cv.from->id, rc, erc);
	/* Nothing is lost: one terminator out for each one in. */
	if (c->policy == POLICY_KEEP || c->policy == POLICY_EMPTY)
		FUZZ_CHECK(count(got, ngot, c->term) == count(in, n, c->term),
		    "%s mode, %s: %zu records in, %zu out",
		    mode_names[c->mode], c->cv.from->id, count(in, n, c->term),
		    count(got, ngot, c->term));
	/* An unterminated last record stays so (with -e empty it may
	 * vanish into nothing, so only under keep). */
	if (c->policy == POLICY_KEEP && n > 0)
		FUZZ_CHECK(ngot > 0 &&
		    (in[n - 1] == c->term) == (got[ngot - 1] == c->term),
		    "%s mode: last record's terminator", mode_names[c->mode]);
	if (ngot != want.n || (ngot > 0 && memcmp(got, want.p, ngot) != 0)) {
		for (i = 0; i < ngot && i < want.n && got[i] == want.p[i]; i++)
			;
		from = i > 40 ? i - 40 : 0;
		dprintf(STDERR_FILENO, "%s mode, %s, policy %d, %d target(s), "
		    "term %#x: output differs at byte %zu\n",
		    mode_names[c->mode], c->cv.from->id, (int)c->policy, c->cv.nto,
		    (unsigned)c->term, i);
		fuzz_dump("got ", got + from, (ngot < i + 40 ? ngot : i + 40) -
		    from);
		fuzz_dump("want", want.p + from, (want.n < i + 40 ? want.n :
		    i + 40) - from);
		FUZZ_CHECK(0, "output is not what the contract says");
	}
	free(want.p);
	free(got);
}

static void
setup(void)
{
	char msg[128];
	size_t off, i;

	if (infd >= 0)
		return;
	infd = fuzz_memfd();
	outfd = fuzz_memfd();
	stdout_copy = dup(STDOUT_FILENO);
	FUZZ_CHECK(infd >= 0 && outfd >= 0 && stdout_copy >= 0, "memfd");
	FUZZ_CHECK(fmt_compile(&prog, format, msg, sizeof(msg), &off) == 0,
	    "%s", msg);
	for (i = 0; i < NINFORMATS; i++)
		FUZZ_CHECK(fmt_compile(&inprog[i], informats[i], msg,
		    sizeof(msg), &off) == 0, "%s", msg);
}

/* Target i's program and context, as main.c's set_targets() makes them. */
static void
target(struct stream *c, int i, const struct calendar *to, int fmt, int nat)
{
	char msg[128];
	size_t off;
	struct fmt_prog *p;

	c->cv.to[i] = to;
	fmt_context(&c->cv.ctx[i], to, nat ? "fa" : "en", nat);
	c->cv.out[i] = fmt ? &prog : NULL;
	if (!fmt && nat) {
		p = &native[to->shape];
		if (p->nops == 0)
			FUZZ_CHECK(fmt_compile(p, fmt_default_format(to), msg,
			    sizeof(msg), &off) == 0, "%s", msg);
		c->cv.out[i] = p;
	}
}

/* The mode, and the fast path the stream chooses with it. */
static void
set_mode(struct stream *c, enum mode m)
{
	c->mode = m;
	stream_setup(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum mode modes[] = { MODE_LINE, MODE_FIELD, MODE_SED };
	struct stream c;
	const char *text = (const char *)data + 2;
	char *big = NULL;
	size_t n = size - 2, i;
	int fmt, nat, k;

	if (size < 2 || (CFG_BIG(data[0]) && size < 3))
		return 0;
	setup();
	memset(&c, 0, sizeof(c));
	if (CFG_BIG(data[0])) {
		c.cv.from = cal_table()[data[2] % cal_count()];
		text++;
		n--;
	} else
		c.cv.from = cal_table()[data[0] % cal_count()];
	c.cv.from_name = c.cv.from->id;
	fmt = (data[1] & CFG_FORMAT) != 0;
	nat = (data[1] & CFG_NATIVE) != 0;
	if (data[1] & CFG_TWO) {
		target(&c, 0, &cal_iso_week, fmt, nat);
		target(&c, 1, &cal_rd, fmt, nat);
		c.cv.nto = 2;
	} else {
		target(&c, 0, &cal_julian, fmt, nat);
		c.cv.nto = 1;
	}
	if (data[1] & CFG_INPUT) {
		for (i = 0; i < NINFORMATS; i++) {
			c.cv.in[i] = &inprog[i];
			c.cv.in_src[i] = informats[i];
		}
		c.cv.nin = (int)NINFORMATS;
	}
	c.policy = CFG_POLICY(data[1]);
	c.term = data[1] & CFG_ZERO ? '\0' : '\n';
	c.delim = ',';
	c.ranges[0].lo = c.ranges[0].hi = 2;
	c.nranges = 1;
	c.need = 2;
	if (data[1] & CFG_FIELDS) {
		c.ranges[1].lo = 4;
		c.ranges[1].hi = UINT32_MAX;
		c.nranges = 2;
		c.need = 4;
	}
	c.cv.today = TODAY;

	if (CFG_BIG(data[0]) && n > 0) {
		if ((big = malloc(BIG_SIZE + n)) == NULL)
			return 0;
		for (i = 0; i < BIG_SIZE; i += n)
			memcpy(big + i, text, n);
		text = big;
		n = i;
	}
	for (k = 0; k < (c.cv.from == &cal_gregorian || c.cv.nin > 0 ? 2 :
	    1); k++) {
		if (k == 1 && c.cv.nin > 0)
			c.cv.nin = 1;	/* the -p batch path's one format */
		else if (k == 1)
			target(&c, c.cv.nto - 1, &cal_islamic_umalqura, fmt,
			    nat);
		if (big != NULL) {
			set_mode(&c, modes[(data[0] - 0xe0) % 3]);
			run(&c, text, n);
			continue;
		}
		for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
			set_mode(&c, modes[i]);
			run(&c, text, n);
		}
	}
	free(big);
	return 0;
}
