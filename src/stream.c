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

#include "convert.h"
#include "error.h"
#include "informat.h"
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
	if (r->fast && r->cv.nto == 1 && r->cv.out[0] == NULL)
		r->fast = 2;
	r->fast_in = r->mode == MODE_LINE && r->cv.nin == 1 &&
	    parse_format_plain(r->cv.in[0], r->cv.from);
	if (r->fast_in && r->cv.nto == 1 && r->cv.out[0] == NULL)
		r->fast_in = 2;
	/*
	 * The days every target holds, checked once a record by the batch
	 * paths when some target's range is limited (a survey has no need:
	 * its targets write nothing for a day they lack).
	 */
	r->lo = CAL_RD_MIN;
	r->hi = CAL_RD_MAX;
	for (i = 0; i < r->cv.nto && !r->cv.survey; i++) {
		if (cal_rd_min(r->cv.to[i]) > r->lo)
			r->lo = cal_rd_min(r->cv.to[i]);
		if (cal_rd_max(r->cv.to[i]) < r->hi)
			r->hi = cal_rd_max(r->cv.to[i]);
	}
	r->ranged = r->lo != CAL_RD_MIN || r->hi != CAL_RD_MAX;
}

/* Does the batch path take day rd: is it in every target's range? */
static inline int
in_range(const struct stream *r, int64_t rd)
{
	return !r->ranged || (rd >= r->lo && rd <= r->hi);
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
 * Whole-record mode: the record is one date, with blanks around it and
 * a CR before the terminator kept.  Returns -1 when it was refused.
 */
static int
record_line(const struct stream *r, const char *s, size_t n, size_t end,
    const char *file, uintmax_t line)
{
	size_t a = 0, b = end;
	int64_t rd;

	if (r->fast && end == 10 && parse_greg_fast(s, &rd) &&
	    in_range(r, rd)) {
		put_targets(r, rd, "\t", 1);
		out_write(s + 10, n - 10);	/* a CR, if there was one */
		return 0;
	}
	/* Read whole, without blanks around it to trim. */
	if (r->fast_in && parse_format_fast(r->cv.in[0], r->cv.from,
	    r->cv.today, s, end, &rd) && in_range(r, rd)) {
		if (r->fast_in == 2) {
			out_reserve(FMT_DATE_MAX);
			olen += conv_default(r->cv.to[0], rd, obuf + olen);
		} else {
			put_targets(r, rd, "\t", 1);
		}
		out_write(s + end, n - end);
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
	int		parsed;		/* the finder read it into d */
	struct cal_date	d;
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
		sp->parsed = 0;
		return 1;
	}
	return 0;
}

static int
next_formatted(const struct stream *r, const char *s, size_t end,
    struct scan *st, struct span *sp)
{
	if (!conv_next_formatted(&r->cv, s, end, &st->pos, &sp->a, &sp->b))
		return 0;
	sp->field = 0;
	sp->quoted = 0;
	sp->parsed = 0;
	return 1;
}

static int
next_date(const struct stream *r, const char *s, size_t end, struct scan *st,
    struct span *sp)
{
	if (r->cv.nin > 0)
		return next_formatted(r, s, end, st, sp);
	if (!parse_next(r->cv.from, s, end, &st->pos, &sp->a, &sp->b, &sp->d,
	    &sp->parsed))
		return 0;
	sp->field = 0;
	sp->quoted = 0;
	return 1;
}

static int
next_span(const struct stream *r, const char *s, size_t end, struct scan *st,
    struct span *sp)
{
	if (r->mode == MODE_FIELD)
		return next_field(r, s, end, st, sp);
	return next_date(r, s, end, st, sp);
}

/* The day of the date at sp, read by the finder when it could. */
static int
read_span(const struct stream *r, const char *s, const struct span *sp,
    const char *file, uintmax_t line, int quiet, int64_t *rd)
{
	if (sp->parsed)
		return conv_read_date(&r->cv, s + sp->a, sp->b - sp->a, &sp->d,
		    file, line, sp->field, quiet, rd);
	return conv_read(&r->cv, s + sp->a, sp->b - sp->a, file, line,
	    sp->field, quiet, rd);
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
		ok = read_span(r, s, &sp, file, line, 0, &rd) == 0;
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
			ok = read_span(r, s, &sp, file, line, 1, &rd) == 0;
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
			    parse_greg_fast(rbuf + start, &rd) &&
			    in_range(r, rd)) {
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
