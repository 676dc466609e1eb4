/*
 * stream.c: records in, converted records out, in order, one for one.
 *
 * Input is read with read(2) into one buffer that grows only to hold
 * the longest record; records are found with memchr.  Output goes to a
 * static buffer written with write(2) when full.  Nothing is allocated
 * per record.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "engine.h"
#include "error.h"
#include "parse.h"
#include "stream.h"
#include "validate.h"

#define READ_CHUNK	(1 << 17)
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

/* Bytes one rendering of one target may take. */
static size_t
render_max(const struct conv *c)
{
	return c->fmt != NULL ? c->fmt->max : FMT_DATE_MAX;
}

static size_t
render(const struct conv *c, const struct calendar *to, int64_t rd,
    char *out)
{
	struct cal_date d;

	engine_date(to, rd, &d);
	if (c->fmt != NULL)
		return fmt_render(c->fmt, to, &d, rd, out);
	return fmt_default(to, &d, out);
}

/*
 * Turn s[0..n) into a fixed day, or report why not (with file and line
 * when given) and return -1.
 */
static int
to_fixed(const struct conv *c, const char *s, size_t n, const char *file,
    uintmax_t line, int64_t *rd)
{
	struct cal_date d;
	struct cal_error e;
	char q[256], why[256];
	int off;

	if (parse_date(c->from, s, n, &d, &e) == CAL_OK &&
	    cal_validate(c->from, &d, rd, &e) == CAL_OK)
		return 0;
	if (e.code == CAL_ESYNTAX) {
		if (n > 0 && ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') &&
		    parse_relative(s, n, &off)) {
			*rd = c->today + off;
			return 0;
		}
		if (u8_check((const uint8_t *)s, n) != NULL) {
			e.code = CAL_EUTF8;
			e.offset = (size_t)((const char *)u8_check(
			    (const uint8_t *)s, n) - s);
		}
	}
	err_quote(q, sizeof(q), s, n);
	cal_describe(c->from, &e, why, sizeof(why));
	if (e.code == CAL_EYEAR || e.code == CAL_ERANGE)
		err_at(ERR_DATE, file, line, "'%s' is out of range in %s: %s",
		    q, c->from_name, why);
	else
		err_at(ERR_DATE, file, line, "'%s' is not a date in %s: %s",
		    q, c->from_name, why);
	return -1;
}

/* Write the targets of rd, tab-separated. */
static void
put_targets(const struct conv *c, int64_t rd)
{
	size_t max = render_max(c) + 1;
	char *p;
	int i;

	for (i = 0; i < c->nto; i++) {
		p = out_reserve(max);
		if (i > 0)
			*p++ = '\t';
		p += render(c, c->to[i], rd, p);
		olen = (size_t)(p - obuf);
	}
}

/* Write what the error policy puts in place of a refused field. */
static void
put_refused(const struct conv *c, const char *s, size_t n)
{
	int i;

	if (c->policy == POLICY_KEEP)
		out_write(s, n);
	else if (c->policy == POLICY_EMPTY)
		for (i = 1; i < c->nto; i++)
			out_byte('\t');
}

/*
 * Convert one record of n bytes (without its terminator).  Blanks
 * around the date, and a CR before the terminator, are kept.  Returns
 * -1 when the date was refused.
 */
static int
record(const struct conv *c, const char *s, size_t n, int terminated,
    const char *file, uintmax_t line)
{
	size_t a = 0, b = n;
	int64_t rd;

	if (b > 0 && s[b - 1] == '\r' && c->term == '\n')
		b--;
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (a == b) {
		/* A blank record has no date to refuse: pass it on. */
		out_write(s, n);
	} else if (to_fixed(c, s + a, b - a, file, line, &rd) == 0) {
		out_write(s, a);
		put_targets(c, rd);
		out_write(s + b, n - b);
	} else {
		if (c->policy == POLICY_SKIP || c->policy == POLICY_ABORT)
			return -1;
		if (c->policy == POLICY_EMPTY) {
			out_write(s, a);
			put_refused(c, s + a, b - a);
			out_write(s + b, n - b);
		} else {
			out_write(s, n);
		}
		if (terminated)
			out_byte(c->term);
		return -1;
	}
	if (terminated)
		out_byte(c->term);
	return 0;
}

static int
grow(size_t need)
{
	size_t cap = rcap == 0 ? READ_CHUNK * 2 : rcap;
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
stream_fd(const struct conv *c, int fd, const char *name)
{
	size_t len = 0, start = 0, scan = 0;
	uintmax_t line = 0;
	ssize_t r;
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
		r = read(fd, rbuf + len, rcap - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			err_at(ERR_IO, name, 0, "%s", strerror(errno));
			break;
		}
		if (r == 0)
			break;
		len += (size_t)r;
		while ((t = memchr(rbuf + scan, c->term, len - scan)) != NULL) {
			line++;
			if (record(c, rbuf + start, (size_t)(t - rbuf) - start,
			    1, name, line) != 0 && c->policy == POLICY_ABORT)
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
		if (record(c, rbuf + start, len - start, 0, name, line) != 0 &&
		    c->policy == POLICY_ABORT)
			return STREAM_ABORT;
	}
	return oerrno != 0 ? STREAM_WERROR : STREAM_OK;
}

/* One operand, many targets, on a terminal: an aligned table. */
static void
put_table(const struct conv *c, int64_t rd)
{
	size_t w = 0, n;
	char buf[FMT_OPS_MAX * 64 + FMT_WIDTH_MAX];
	int i;

	for (i = 0; i < c->nto; i++)
		if ((n = strlen(c->to[i]->id)) > w)
			w = n;
	for (i = 0; i < c->nto; i++) {
		n = strlen(c->to[i]->id);
		out_write(c->to[i]->id, n);
		for (; n < w + 2; n++)
			out_byte(' ');
		n = render(c, c->to[i], rd, buf);
		out_write(buf, n);
		out_byte('\n');
	}
}

int
stream_refused(const struct conv *c, const char *arg)
{
	if (c->policy == POLICY_SKIP)
		return STREAM_OK;
	if (c->policy == POLICY_ABORT)
		return STREAM_ABORT;
	put_refused(c, arg, strlen(arg));
	out_byte(c->term);
	return oerrno != 0 ? STREAM_WERROR : STREAM_OK;
}

int
stream_operand(const struct conv *c, const char *arg)
{
	int64_t rd;

	if (to_fixed(c, arg, strlen(arg), NULL, 0, &rd) != 0) {
		return stream_refused(c, arg);
	} else if (c->table) {
		put_table(c, rd);
	} else {
		put_targets(c, rd);
		out_byte(c->term);
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
