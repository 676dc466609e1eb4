/*
 * stream.c: records in, converted records out, in order, one for one.
 *
 * Input is read with read(2) into one buffer that grows only to hold
 * the longest record; records are found with memchr.  Output goes to a
 * static buffer written with write(2) when full.  Nothing is allocated
 * per record.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>
#include <uniwidth.h>

#include "ascii.h"
#include "convert.h"
#include "error.h"
#include "fixed.h"
#include "parse.h"
#include "stream.h"

#define READ_CHUNK	STREAM_READ_CHUNK
#define OUT_SIZE	(1 << 20)

static char	 obuf[OUT_SIZE];
static size_t	 olen;
static int	 oerrno;	/* first write error, then writes stop */

static char	*rbuf;		/* record buffer, owned here */
static size_t	 rcap;

int
stream_flush(void)
{
	size_t off = 0;
	ssize_t n;

	while (off < olen && oerrno == 0) {
		n = write(STDOUT_FILENO, obuf + off, olen - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			oerrno = n < 0 ? errno : EIO;
			break;
		}
		off += (size_t)n;
	}
	olen = 0;
	return oerrno;
}

void
stream_setup(struct stream *r)
{
	int i;

	r->fast = r->cv.from == &cal_gregorian && r->cv.nin == 0 &&
	    r->mode == MODE_LINE;
	/* The fast paths do not check a target's range: a survey needs none. */
	for (i = 0; i < r->cv.nto && !r->cv.survey; i++)
		if (r->cv.to[i]->min_rd != 0 || r->cv.to[i]->max_rd != 0)
			r->fast = 0;
	if (r->fast && r->cv.nto == 1 && r->cv.out[0] == NULL)
		r->fast = 2;
}

/* Make room for n bytes at obuf + olen; n <= OUT_SIZE. */
static char *
out_reserve(size_t n)
{
	if (olen + n > OUT_SIZE)
		stream_flush();
	return obuf + olen;
}

static void
out_write(const char *p, size_t n)
{
	size_t k;

	while (n > 0) {
		if (olen == OUT_SIZE)
			stream_flush();
		k = OUT_SIZE - olen < n ? OUT_SIZE - olen : n;
		memcpy(obuf + olen, p, k);
		olen += k;
		p += k;
		n -= k;
	}
}

static void
out_byte(char c)
{
	if (olen == OUT_SIZE)
		stream_flush();
	obuf[olen++] = c;
}

/* Write the targets of rd, separated by sep[0..seplen) (at most 3). */
static void
put_targets(const struct stream *r, int64_t rd, const char *sep, size_t seplen)
{
	char *p;
	int i;

	for (i = 0; i < r->cv.nto; i++) {
		p = out_reserve(conv_max(&r->cv, i) + seplen);
		if (i > 0) {
			memcpy(p, sep, seplen);
			p += seplen;
		}
		p += conv_write(&r->cv, i, rd, p);
		olen = (size_t)(p - obuf);
	}
}

/* -e empty: one empty column for each target. */
static void
put_empty(const struct stream *r, const char *sep, size_t seplen)
{
	int i;

	for (i = 1; i < r->cv.nto; i++)
		out_write(sep, seplen);
}

/*
 * The batch path's common case, checked without the general parser:
 * exactly YYYY-MM-DD, a valid Gregorian date.  Returns 0 for anything
 * else, which then takes the general path and its messages.
 */
static int
greg_fast(const char *s, int64_t *rd)
{
	static const uint8_t len[13] = {
		0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	unsigned y, m, d;

	/* One test for all eight digits and both hyphens. */
	if (((unsigned)(s[0] - '0') > 9) | ((unsigned)(s[1] - '0') > 9) |
	    ((unsigned)(s[2] - '0') > 9) | ((unsigned)(s[3] - '0') > 9) |
	    ((unsigned)(s[5] - '0') > 9) | ((unsigned)(s[6] - '0') > 9) |
	    ((unsigned)(s[8] - '0') > 9) | ((unsigned)(s[9] - '0') > 9) |
	    (s[4] != '-') | (s[7] != '-'))
		return 0;
	y = (unsigned)(s[0] - '0') * 1000 + (unsigned)(s[1] - '0') * 100 +
	    (unsigned)(s[2] - '0') * 10 + (unsigned)(s[3] - '0');
	m = (unsigned)(s[5] - '0') * 10 + (unsigned)(s[6] - '0');
	d = (unsigned)(s[8] - '0') * 10 + (unsigned)(s[9] - '0');
	if (m - 1 > 11 || d == 0 || (d > len[m] && !(m == 2 && d == 29 &&
	    fx_greg_leap(y))))
		return 0;
	*rd = fx_greg_fixed(y, (int)m, (int)d);
	return 1;
}

/*
 * Whole-record mode: the record is one date, with blanks around it and
 * a CR before the terminator kept.  Returns -1 when it was refused.
 */
static int
record_line(const struct stream *r, const char *s, size_t n, size_t end,
    const char *file, uintmax_t line)
{
	size_t a = 0, b = end;
	int64_t rd;

	if (r->fast && end == 10 && greg_fast(s, &rd)) {
		put_targets(r, rd, "\t", 1);
		out_write(s + 10, n - 10);	/* a CR, if there was one */
		return 0;
	}
	/* A byte-order mark opening the record is kept, like a blank. */
	if (b >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		a = 3;
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (a == b) {
		/* A blank record has no date to refuse: pass it on. */
		out_write(s, n);
		return 0;
	}
	if (conv_read(&r->cv, s + a, b - a, file, line, 0, 0, &rd) == 0) {
		out_write(s, a);
		put_targets(r, rd, "\t", 1);
		out_write(s + b, n - b);
		return 0;
	}
	if (r->policy == POLICY_EMPTY) {
		out_write(s, a);
		put_empty(r, "\t", 1);
		out_write(s + b, n - b);
	} else if (r->policy == POLICY_KEEP) {
		out_write(s, n);
	}
	return -1;
}

/* Where the next date of a record is, for field and sed modes. */
struct span {
	size_t		a, b;		/* the date: s[a..b) */
	uint32_t	field;		/* its field number, or 0 */
	int		quoted;		/* inside double quotes */
};

struct scan {
	size_t		pos;		/* where to go on looking */
	uint32_t	field;		/* number of the field at pos */
};

static int
selected(const struct stream *r, uint32_t f)
{
	int i;

	for (i = 0; i < r->nranges; i++)
		if (f >= r->ranges[i].lo && f <= r->ranges[i].hi)
			return 1;
	return 0;
}

/* The next selected, non-blank field at or after st->pos. */
static int
next_field(const struct stream *r, const char *s, size_t end, struct scan *st,
    struct span *sp)
{
	const char *t;
	size_t a, b;

	while (st->pos <= end) {
		a = st->pos;
		t = memchr(s + a, r->delim, end - a);
		b = t != NULL ? (size_t)(t - s) : end;
		st->pos = b + 1;
		st->field++;
		if (!selected(r, st->field))
			continue;
		while (a < b && (s[a] == ' ' || s[a] == '\t'))
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
			b--;
		/* A quoted field ("2024-03-20") is converted inside. */
		sp->quoted = b - a >= 2 && s[a] == '"' && s[b - 1] == '"';
		if (sp->quoted) {
			a++;
			b--;
		}
		if (a == b)
			continue;
		sp->a = a;
		sp->b = b;
		sp->field = st->field;
		return 1;
	}
	return 0;
}

static int
is_digit(char ch)
{
	return (unsigned)(ch - '0') <= 9;
}

/* The length of the run of digits at s[i..end). */
static size_t
run(const char *s, size_t i, size_t end)
{
	size_t j = i;

	while (j < end && is_digit(s[j]))
		j++;
	return j - i;
}

static int
is_alnum(unsigned char ch)
{
	return is_digit((char)ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* Is ch the letter of an era in cal's era notation? */
static int
is_era_letter(const struct calendar *cal, char ch)
{
	const char *l;

	for (l = cal->era_letters; l != NULL && *l != '\0'; l++)
		if ((*l | 0x20) == (ch | 0x20) && is_alnum((unsigned char)ch))
			return 1;
	return 0;
}

/*
 * Does a date in the source calendar's notation start at s[i]?  Sed mode
 * asks for the strict forms -- YYYY-MM-DD, YYYY-Www-D, YYYY-Sww-D,
 * YYYY-DDD with a four-digit year, EY-MM-DD with the era's letter not
 * inside a word, B.K.T.U.K with no more places on either side, or a
 * whole number for day counts -- not touching a digit on either side,
 * so no date is found inside a longer number.  Returns the length, or
 * 0.
 */
static size_t
date_at(const struct stream *r, const char *s, size_t i, size_t end)
{
	size_t j = i + 4, k;
	int n;

	if (r->cv.from->shape == CAL_SHAPE_ERA) {
		if ((i > 0 && is_alnum((unsigned char)s[i - 1])) ||
		    !is_era_letter(r->cv.from, s[i]))
			return 0;
		k = run(s, i + 1, end);
		j = i + 1 + k;
		if (k == 0 || k > 10 || j + 6 > end || s[j] != '-' ||
		    run(s, j + 1, end) != 2 || s[j + 3] != '-' ||
		    run(s, j + 4, end) != 2)
			return 0;
		return j + 6 - i;
	}
	if (i > 0 && is_digit(s[i - 1]))
		return 0;
	if (r->cv.from->shape == CAL_SHAPE_COUNT)
		return run(s, i, end);
	if (r->cv.from->shape == CAL_SHAPE_LONG_COUNT) {
		/* Five places, not inside a longer dotted run. */
		if (i > 0 && s[i - 1] == '.')
			return 0;
		k = run(s, i, end);
		if (k > 8)
			return 0;
		for (j = i + k, n = 0; n < 4; n++) {
			if (j >= end || s[j] != '.' ||
			    (k = run(s, j + 1, end)) == 0 || k > 2)
				return 0;
			j += 1 + k;
		}
		if (j + 1 < end && s[j] == '.' && is_digit(s[j + 1]))
			return 0;
		return j - i;
	}
	if (run(s, i, end) != 4 || j >= end || s[j++] != '-')
		return 0;
	switch (r->cv.from->shape) {
	case CAL_SHAPE_ORDINAL:
		if (run(s, j, end) != 3)
			return 0;
		j += 3;
		break;
	case CAL_SHAPE_WEEK:
		if (j + 5 > end || (s[j] | 0x20) != 'w' ||
		    run(s, j + 1, end) != 2 ||
		    s[j + 3] != '-' || run(s, j + 4, end) != 1)
			return 0;
		j += 5;
		break;
	case CAL_SHAPE_SEASON:
		if (j + 5 > end || ((s[j] | 0x20) !=
		    (r->cv.from->season_letters[0] | 0x20) && (s[j] | 0x20) !=
		    (r->cv.from->season_letters[1] | 0x20)) ||
		    run(s, j + 1, end) != 2 ||
		    s[j + 3] != '-' || run(s, j + 4, end) != 1)
			return 0;
		j += 5;
		break;
	default:
		if (run(s, j, end) != 2)
			return 0;
		j += 2;
		/* "06L": a leap month, where the calendar has them. */
		if (r->cv.from->leap_months && j < end && (s[j] | 0x20) == 'l')
			j++;
		if (j >= end || s[j] != '-' || run(s, j + 1, end) != 2)
			return 0;
		j += 3;
		/*
		 * "08L": a leap day, where the calendar has them; not
		 * when a digit follows the L, which the date with it
		 * would touch ("08L0" holds the date "08" at most).
		 */
		if (r->cv.from->repeated != NULL && j < end &&
		    (s[j] | 0x20) == 'l' && (j + 1 == end ||
		    !is_digit(s[j + 1])))
			j++;
		break;
	}
	return j - i;
}

/*
 * With input formats, sed mode tries them at the start of each word or
 * number (after a byte that is neither an ASCII letter or digit nor part
 * of a non-ASCII character); the first that reads a valid date there,
 * not followed by a digit, wins.  Returns the length, or 0.
 */
static size_t
format_at(const struct stream *r, const char *s, size_t i, size_t end)
{
	if (i > 0 && (ascii_alnum(s[i - 1]) || (unsigned char)s[i - 1] >= 0x80))
		return 0;
	return conv_formatted_at(&r->cv, s + i, end - i);
}

static int
next_formatted(const struct stream *r, const char *s, size_t end,
    struct scan *st, struct span *sp)
{
	size_t i, k;

	for (i = st->pos; i < end; i++) {
		if (!is_alnum((unsigned char)s[i]) &&
		    (unsigned char)s[i] < 0xc0)
			continue;
		if ((k = format_at(r, s, i, end)) != 0) {
			sp->a = i;
			sp->b = i + k;
			sp->field = 0;
			sp->quoted = 0;
			st->pos = i + k;
			return 1;
		}
	}
	st->pos = end;
	return 0;
}

static int
next_date(const struct stream *r, const char *s, size_t end, struct scan *st,
    struct span *sp)
{
	size_t i = st->pos, k, a;

	if (r->cv.nin > 0)
		return next_formatted(r, s, end, st, sp);
	while (i < end) {
		/* Skip to the next digit quickly. */
		while (i < end && !is_digit(s[i]))
			i++;
		if (i == end)
			break;
		/* An era notation's date starts at the letter before it. */
		a = r->cv.from->shape == CAL_SHAPE_ERA && i > st->pos ? i - 1 : i;
		if ((k = date_at(r, s, a, end)) != 0) {
			sp->a = a;
			sp->b = a + k;
			sp->field = 0;
			sp->quoted = 0;
			st->pos = a + k;
			return 1;
		}
		/* Past this run of digits: no date starts inside it. */
		i += run(s, i, end);
	}
	st->pos = end;
	return 0;
}

static int
next_span(const struct stream *r, const char *s, size_t end, struct scan *st,
    struct span *sp)
{
	if (r->mode == MODE_FIELD)
		return next_field(r, s, end, st, sp);
	return next_date(r, s, end, st, sp);
}

/*
 * Field and sed modes: first check every date of the record, reporting
 * each refused one; then write the record with each date converted, or
 * apply the error policy to the whole record.  The dates the check
 * finds, and their days, are kept for the writing, up to SPANS_KEPT of
 * them; a record with more is scanned again.  Returns -1 when some
 * date was refused.
 */
#define SPANS_KEPT	32

static int
record_spans(const struct stream *r, const char *s, size_t n, size_t end,
    const char *file, uintmax_t line)
{
	struct scan st = { 0, 0 };
	struct span sp;
	struct {
		struct span	sp;
		int64_t		rd;
		int		ok;
	} kept[SPANS_KEPT];
	const uint8_t *u;
	size_t copied = 0;
	int64_t rd;
	int bad = 0, nkept = 0, more = 0, ok, k;
	/* Several targets: more fields, each quoted when the date was. */
	char sep[3] = { '"', r->mode == MODE_FIELD ? r->delim : '\t', '"' };

	if ((u = u8_check((const uint8_t *)s, end)) != NULL) {
		err_at(ERR_DATE, file, line, "invalid UTF-8 at byte %zu",
		    (size_t)((const char *)u - s) + 1);
		bad = 1;
	}
	while (next_span(r, s, end, &st, &sp)) {
		ok = conv_read(&r->cv, s + sp.a, sp.b - sp.a, file, line, sp.field,
		    0, &rd) == 0;
		bad |= !ok;
		if (nkept == SPANS_KEPT) {
			more = 1;
			continue;
		}
		kept[nkept].sp = sp;
		kept[nkept].rd = ok ? rd : 0;
		kept[nkept++].ok = ok;
	}
	if (r->mode == MODE_FIELD && st.field < r->need) {
		err_at(ERR_DATE, file, line, "%" PRIu32 " field%s, but field "
		    "%" PRIu32 " is to be converted", st.field,
		    st.field == 1 ? "" : "s", r->need);
		bad = 1;
	}
	if (bad && r->policy != POLICY_EMPTY) {
		if (r->policy == POLICY_KEEP)
			out_write(s, n);
		return -1;
	}
	/* The kept dates, or with more than were kept, a second scan. */
	st.pos = 0;
	st.field = 0;
	for (k = 0; more ? next_span(r, s, end, &st, &sp) : k < nkept; k++) {
		if (more)
			ok = conv_read(&r->cv, s + sp.a, sp.b - sp.a, file, line, 0,
			    1, &rd) == 0;
		else {
			sp = kept[k].sp;
			rd = kept[k].rd;
			ok = kept[k].ok;
		}
		out_write(s + copied, sp.a - copied);
		if (ok)
			put_targets(r, rd, sep + !sp.quoted, sp.quoted ? 3 : 1);
		else
			put_empty(r, sep + !sp.quoted, sp.quoted ? 3 : 1);
		copied = sp.b;
	}
	out_write(s + copied, n - copied);
	return bad ? -1 : 0;
}

/*
 * Convert one record of n bytes (without its terminator) by the mode,
 * and write it with its terminator unless the policy drops it.  A CR
 * before a newline belongs to the terminator.  Returns -1 when some
 * date was refused.
 */
static int
record(const struct stream *r, const char *s, size_t n, int terminated,
    const char *file, uintmax_t line)
{
	size_t end = n;
	int rc;

	if (end > 0 && s[end - 1] == '\r' && r->term == '\n')
		end--;
	if (r->mode == MODE_LINE)
		rc = record_line(r, s, n, end, file, line);
	else
		rc = record_spans(r, s, n, end, file, line);
	if (rc != 0 && (r->policy == POLICY_SKIP || r->policy == POLICY_ABORT))
		return -1;
	if (terminated)
		out_byte(r->term);
	return rc;
}

static int
grow(size_t need)
{
	size_t cap = rcap == 0 ? (size_t)READ_CHUNK * 2 : rcap;
	char *p;

	while (cap < need)
		cap *= 2;
	if (cap == rcap)
		return 0;
	if ((p = realloc(rbuf, cap)) == NULL)
		return -1;
	rbuf = p;
	rcap = cap;
	return 0;
}

int
stream_fd(const struct stream *r, int fd, const char *name)
{
	size_t len = 0, start = 0, scan = 0;
	uintmax_t line = 0;
	int64_t rd;
	ssize_t got;
	char *t;

	for (;;) {
		if (len + READ_CHUNK > rcap) {
			/* Slide the partial record down, then grow. */
			if (start > 0) {
				memmove(rbuf, rbuf + start, len - start);
				len -= start;
				scan -= start;
				start = 0;
			}
			if (grow(len + READ_CHUNK) != 0) {
				err_at(ERR_IO, name, line + 1, "record too "
				    "long for memory");
				return STREAM_OK;
			}
		}
		got = read(fd, rbuf + len, rcap - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			err_at(ERR_IO, name, 0, "%s", strerror(errno));
			break;
		}
		if (got == 0)
			break;
		len += (size_t)got;
		for (;;) {
			/*
			 * The batch path's common case, without detours: a
			 * record that is exactly a valid YYYY-MM-DD (so no
			 * terminator inside it) followed by its terminator.
			 */
			if (r->fast == 2 && start + 10 < len &&
			    rbuf[start + 10] == r->term &&
			    olen + FMT_DATE_MAX + 1 <= OUT_SIZE &&
			    greg_fast(rbuf + start, &rd)) {
				line++;
				olen += conv_default(r->cv.to[0], rd, obuf + olen);
				obuf[olen++] = r->term;
				start = scan = start + 11;
				continue;
			}
			if ((t = memchr(rbuf + scan, r->term, len - scan)) ==
			    NULL)
				break;
			line++;
			if (record(r, rbuf + start, (size_t)(t - rbuf) - start,
			    1, name, line) != 0 && r->policy == POLICY_ABORT)
				return STREAM_ABORT;
			start = scan = (size_t)(t - rbuf) + 1;
		}
		scan = len;
		if (oerrno != 0)
			return STREAM_WERROR;
		if (start == len)
			len = start = scan = 0;
	}
	if (start < len) {
		line++;
		if (record(r, rbuf + start, len - start, 0, name, line) != 0 &&
		    r->policy == POLICY_ABORT)
			return STREAM_ABORT;
	}
	return oerrno != 0 ? STREAM_WERROR : STREAM_OK;
}

/* Write s padded with spaces to width display columns. */
static void
put_cell(const char *s, size_t n, size_t width)
{
	size_t w = (size_t)u8_width((const uint8_t *)s, n, "UTF-8");

	out_write(s, n);
	for (; w < width; w++)
		out_byte(' ');
}

/*
 * One operand, many targets, on a terminal: an aligned table of the
 * calendar, its numeric date, and the date in words; columns are
 * aligned by display width, so wide and right-to-left scripts line up.
 */
static void
put_table(const struct stream *r, int64_t rd)
{
	static char cell[CONV_TARGETS_MAX][2][FMT_DATE_MAX + 4 * FMT_ITEM_MAX];
	size_t len[CONV_TARGETS_MAX][2], w0 = 0, w1 = 0, n;
	int i;

	for (i = 0; i < r->cv.nto; i++) {
		len[i][0] = conv_write(&r->cv, i, rd, cell[i][0]);
		len[i][1] = 0;
		if (!cal_holds(r->cv.to[i], rd)) {
			/* A survey's target that has no such day. */
			len[i][0] = (size_t)snprintf(cell[i][0], FMT_DATE_MAX,
			    "-");
			memcpy(cell[i][1], "(outside its range)", 19);
			len[i][1] = 19;
		} else if (r->cv.longform != NULL && r->cv.ctx[i].names != NULL) {
			len[i][1] = conv_write_by(&r->cv, i, r->cv.longform, rd,
			    cell[i][1]);
		}
		if ((n = strlen(r->cv.to[i]->id)) > w0)
			w0 = n;
		n = (size_t)u8_width((const uint8_t *)cell[i][0], len[i][0],
		    "UTF-8");
		if (n > w1)
			w1 = n;
	}
	for (i = 0; i < r->cv.nto; i++) {
		put_cell(r->cv.to[i]->id, strlen(r->cv.to[i]->id), w0 + 2);
		if (len[i][1] == 0) {
			out_write(cell[i][0], len[i][0]);
		} else {
			put_cell(cell[i][0], len[i][0], w1 + 2);
			out_write(cell[i][1], len[i][1]);
			/* Keep right-to-left words from reordering the row. */
			cell[i][1][len[i][1]] = '\0';
			if (fmt_is_rtl(cell[i][1]))
				out_write(FMT_LRM, 3);
		}
		out_byte('\n');
	}
}

int
stream_refused(const struct stream *r, const char *arg)
{
	if (r->policy == POLICY_SKIP)
		return STREAM_OK;
	if (r->policy == POLICY_ABORT)
		return STREAM_ABORT;
	if (r->policy == POLICY_KEEP)
		out_write(arg, strlen(arg));
	else
		put_empty(r, "\t", 1);
	out_byte(r->term);
	return oerrno != 0 ? STREAM_WERROR : STREAM_OK;
}

int
stream_operand(const struct stream *r, const char *arg)
{
	int64_t rd;

	if (conv_read(&r->cv, arg, strlen(arg), NULL, 0, 0, 0, &rd) != 0) {
		return stream_refused(r, arg);
	} else if (r->table) {
		put_table(r, rd);
	} else {
		put_targets(r, rd, "\t", 1);
		out_byte(r->term);
	}
	return oerrno != 0 ? STREAM_WERROR : STREAM_OK;
}

void
stream_free(void)
{
	free(rbuf);
	rbuf = NULL;
	rcap = 0;
}
