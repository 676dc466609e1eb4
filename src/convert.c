/*
 * convert.c: text in the source calendar -> fixed day -> text in each
 * target.  The one place where a date read by the boundary meets the
 * targets it is written in: it reads by the input formats or the
 * default notation, validates, checks each target's range, writes, and
 * words every refusal.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "ascii.h"
#include "convert.h"
#include "describe.h"
#include "error.h"
#include "informat.h"
#include "parse.h"
#include "validate.h"

void
conv_unknown(const char *name)
{
	err_usage("unknown calendar '%s' (calconv --list shows them)", name);
}

size_t
conv_write(const struct conv *c, int i, int64_t rd, char *out)
{
	if (!cal_holds(c->to[i], rd))
		return 0;
	if (c->out[i] != NULL)
		return conv_write_by(c, i, c->out[i], rd, out);
	return conv_default(c->to[i], rd, out);
}

size_t
conv_write_by(const struct conv *c, int i, const struct fmt_prog *prog,
    int64_t rd, char *out)
{
	struct cal_date d;

	cal_from_fixed(c->to[i], rd, &d);
	return fmt_render(prog, c->to[i], &c->ctx[i], &d, rd, out);
}

void
conv_range(const struct calendar *cal, char *buf, size_t size)
{
	char lo[FMT_DATE_MAX + 1], hi[FMT_DATE_MAX + 1];

	/* A cycle's range is every day; its notation shows no span. */
	if (cal->cycle != 0) {
		snprintf(buf, size, "repeats every %" PRId64 " days",
		    cal->cycle);
		return;
	}
	lo[conv_default(cal, cal_rd_min(cal), lo)] = '\0';
	hi[conv_default(cal, cal_rd_max(cal), hi)] = '\0';
	snprintf(buf, size, "%s..%s", lo, hi);
}

/*
 * Parse s[0..n) by the input formats, the first that reads all of it
 * winning.  The reason kept is the first format's, unless a later one
 * got as far as a date that failed validation.
 */
static int
by_formats(const struct conv *c, const char *s, size_t n, int64_t *rd,
    struct cal_error *e)
{
	struct cal_error e2;
	int i;

	e->code = CAL_EFORMAT;
	for (i = 0; i < c->nin; i++) {
		size_t k = parse_format(c->in[i], c->from, c->today, s, n, rd,
		    &e2);

		if (k == n && e2.code == CAL_OK)
			return 0;
		if (k > 0 && k < n)
			e2.code = CAL_EFORMAT;	/* a date, then more text */
		if (i == 0 || (e->code == CAL_EFORMAT &&
		    e2.code != CAL_EFORMAT))
			*e = e2;
	}
	if (e->code == CAL_EFORMAT)
		e->expect = c->nin == 1 ? c->in_src[0] : NULL;
	return -1;
}

/*
 * Does a date by one of the input formats start at s[i]?  Only at the
 * start of a word or number (after a byte that is neither an ASCII
 * letter or digit nor part of a non-ASCII character); the first format
 * that reads a date there (valid or not: it is found, then reported),
 * not followed by a digit, wins.  Returns the length, or 0.
 */
static size_t
formatted_at(const struct conv *c, const char *s, size_t i, size_t end)
{
	struct cal_error e;
	int64_t rd;
	size_t k;
	int f;

	if (i > 0 && (ascii_alnum(s[i - 1]) || (unsigned char)s[i - 1] >= 0x80))
		return 0;
	for (f = 0; f < c->nin; f++) {
		k = parse_format(c->in[f], c->from, c->today, s + i, end - i,
		    &rd, &e);
		if (k > 0 && (i + k == end || !ascii_digit(s[i + k])))
			return k;
	}
	return 0;
}

int
conv_next_formatted(const struct conv *c, const char *s, size_t end,
    size_t *pos, size_t *a, size_t *b)
{
	size_t i, k;

	for (i = *pos; i < end; i++) {
		/* Where a word or number may start: skip the rest. */
		if (!ascii_alnum(s[i]) && (unsigned char)s[i] < 0xc0)
			continue;
		if ((k = formatted_at(c, s, i, end)) != 0) {
			*a = i;
			*b = *pos = i + k;
			return 1;
		}
	}
	*pos = end;
	return 0;
}

/*
 * The range of cal, in its notation and in the notation of the source
 * calendar from, as " M6-01-01..R2147481629-12-31 (1873-01-01..
 * 2147483647-12-31 in gregorian)", into buf.
 */
static void
range_text(const struct calendar *cal, const struct calendar *from,
    const char *from_name, char *buf, size_t size)
{
	char a[FMT_DATE_MAX + 1], b[FMT_DATE_MAX + 1], fa[FMT_DATE_MAX + 1],
	    fb[FMT_DATE_MAX + 1];

	a[conv_default(cal, cal_rd_min(cal), a)] = '\0';
	b[conv_default(cal, cal_rd_max(cal), b)] = '\0';
	fa[conv_default(from, cal_rd_min(cal), fa)] = '\0';
	fb[conv_default(from, cal_rd_max(cal), fb)] = '\0';
	snprintf(buf, size, "%s..%s (%s..%s in %s)", a, b, fa, fb, from_name);
}

/* "field 3: " for a field's messages, "" for a whole record's. */
static const char *
where_text(uint32_t field, char *buf, size_t size)
{
	buf[0] = '\0';
	if (field != 0)
		snprintf(buf, size, "field %" PRIu32 ": ", field);
	return buf;
}

/*
 * Unless c is a survey, every target must hold rd: report the first
 * that does not (unless quiet) and return -1.
 */
static int
targets_hold(const struct conv *c, const char *s, size_t n, const char *file,
    uintmax_t line, uint32_t field, int quiet, int64_t rd)
{
	char q[256], range[4 * FMT_DATE_MAX + 64], where[32];
	int i;

	if (c->survey)
		return 0;
	for (i = 0; i < c->nto; i++) {
		if (cal_holds(c->to[i], rd))
			continue;
		if (quiet)
			return -1;
		err_quote(q, sizeof(q), s, n);
		range_text(c->to[i], c->from, c->from_name, range,
		    sizeof(range));
		err_at(ERR_DATE, file, line, "%s'%s' is out of range for %s: "
		    "outside its supported range %s",
		    where_text(field, where, sizeof(where)), q, c->to[i]->id,
		    range);
		return -1;
	}
	return 0;
}

/*
 * Report why s[0..n) is no date of the source calendar (e), unless
 * quiet, and return -1.
 */
static int
refuse(const struct conv *c, const char *s, size_t n, const struct cal_error *e,
    const char *file, uintmax_t line, uint32_t field, int quiet)
{
	char q[256], why[256], where[32];

	if (quiet)
		return -1;
	err_quote(q, sizeof(q), s, n);
	cal_describe(c->from, e, why, sizeof(why));
	where_text(field, where, sizeof(where));
	if (e->code == CAL_EYEAR || e->code == CAL_ERANGE)
		err_at(ERR_DATE, file, line, "%s'%s' is out of range in %s: %s",
		    where, q, c->from_name, why);
	else
		err_at(ERR_DATE, file, line, "%s'%s' is not a date in %s: %s",
		    where, q, c->from_name, why);
	return -1;
}

/*
 * Turn s[0..n) into a fixed day of the source calendar, or report why
 * not (unless quiet) and return -1.
 */
static int
source_fixed(const struct conv *c, const char *s, size_t n, const char *file,
    uintmax_t line, uint32_t field, int quiet, int64_t *rd)
{
	struct cal_date d;
	struct cal_error e;
	const uint8_t *bad;
	char ascii[128];
	size_t k;
	int off;

	if (c->nin > 0) {
		if (by_formats(c, s, n, rd, &e) == 0)
			return 0;
	} else if (parse_date(c->from, s, n, &d, &e) == CAL_OK) {
		if (cal_validate(c->from, &d, rd, &e) == CAL_OK)
			return 0;
	} else if ((k = parse_digits(s, n, ascii, sizeof(ascii))) > 0 &&
	    parse_date(c->from, ascii, k, &d, &e) == CAL_OK &&
	    cal_validate(c->from, &d, rd, &e) == CAL_OK) {
		/* The default notation in another script's digits. */
		return 0;
	}
	if (e.code == CAL_ESYNTAX || e.code == CAL_EFORMAT) {
		if (n > 0 && ascii_letter(*s) && parse_relative(s, n, &off)) {
			*rd = c->today + off;
			return 0;
		}
		if ((bad = u8_check((const uint8_t *)s, n)) != NULL) {
			e.code = CAL_EUTF8;
			e.offset = (size_t)((const char *)bad - s);
		}
	}
	return refuse(c, s, n, &e, file, line, field, quiet);
}

int
conv_read(const struct conv *c, const char *s, size_t n, const char *file,
    uintmax_t line, uint32_t field, int quiet, int64_t *rd)
{
	if (source_fixed(c, s, n, file, line, field, quiet, rd) != 0)
		return -1;
	return targets_hold(c, s, n, file, line, field, quiet, *rd);
}

int
conv_read_date(const struct conv *c, const char *s, size_t n,
    const struct cal_date *d, const char *file, uintmax_t line,
    uint32_t field, int quiet, int64_t *rd)
{
	struct cal_error e;

	if (cal_validate(c->from, d, rd, &e) != CAL_OK)
		return refuse(c, s, n, &e, file, line, field, quiet);
	return targets_hold(c, s, n, file, line, field, quiet, *rd);
}
