/*
 * format.c: compiled output formats.
 *
 * Directives (interpreted in the target calendar):
 *   %Y year (sign when negative, 4 digits)   %m month  %d day  %e day,
 *   space-padded   %j day of year   %J Julian Day Number   %u weekday
 *   1..7 from Monday   %w weekday 0..6 from Sunday   %G %V ISO 8601
 *   week-based year and week   %C calendar id   %n %t %%
 * Flags after '%': '-' no padding, '_' spaces, '0' zeros, '^' upper
 * case; then an optional width, the whole field's.  Without a width,
 * numbers have their default number of digits after any sign, so the
 * year -44 is "-0044" as in ISO 8601's expanded years.
 */
#include <stdio.h>
#include <string.h>

#include "fixed.h"
#include "format.h"

/* The widest number any directive prints: "-" and 19 digits. */
#define NUM_MAX		20

static const char directives[] = "YmdejJuwGVCnt%";

char *
fmt_int(char *out, int64_t v, int width, char pad)
{
	char tmp[NUM_MAX];
	char *p = tmp + sizeof(tmp);
	uint64_t u;
	int n;

	/* Negate in unsigned arithmetic so INT64_MIN needs no case. */
	u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	n = (int)(tmp + sizeof(tmp) - p);
	if (pad == ' ')
		for (; n < width; n++)
			*out++ = ' ';
	if (v < 0)
		*out++ = '-';
	if (pad == '0')
		for (; n < width; n++)
			*out++ = '0';
	memcpy(out, p, (size_t)(tmp + sizeof(tmp) - p));
	return out + (tmp + sizeof(tmp) - p);
}

int
fmt_compile(struct fmt_prog *prog, const char *src, char *msg, size_t size,
    size_t *offset)
{
	const char *p = src, *start;
	struct fmt_op *op;
	unsigned long w;

	prog->nops = 0;
	prog->max = 0;
	while (*p != '\0') {
		if (prog->nops == FMT_OPS_MAX) {
			*offset = (size_t)(p - src);
			snprintf(msg, size, "more than %d directives and text "
			    "runs", FMT_OPS_MAX);
			return -1;
		}
		op = &prog->ops[prog->nops++];
		memset(op, 0, sizeof(*op));
		if (*p != '%') {
			op->text = p;
			while (*p != '\0' && *p != '%')
				p++;
			op->len = (size_t)(p - op->text);
			prog->max += op->len;
			continue;
		}
		start = p++;
		op->pad = '?';
		for (;; p++) {
			if (*p == '-')
				op->pad = 0;
			else if (*p == '_')
				op->pad = ' ';
			else if (*p == '0')
				op->pad = '0';
			else if (*p == '^')
				op->upper = 1;
			else
				break;
		}
		w = 0;
		while (*p >= '0' && *p <= '9') {
			w = w * 10 + (unsigned long)(*p++ - '0');
			if (w > FMT_WIDTH_MAX) {
				*offset = (size_t)(start - src);
				snprintf(msg, size, "width in '%.*s' is over %d",
				    (int)(p - start), start, FMT_WIDTH_MAX);
				return -1;
			}
		}
		op->width = (uint16_t)w;
		if (*p == '\0' || strchr(directives, *p) == NULL) {
			*offset = (size_t)(start - src);
			if (*p == '\0')
				snprintf(msg, size, "'%s' ends inside a "
				    "directive", start);
			else
				snprintf(msg, size, "unknown directive '%.*s'",
				    (int)(p - start + 1), start);
			return -1;
		}
		op->conv = *p++;
		op->text = start;
		op->len = (size_t)(p - start);
		prog->max += (w > 64 ? w : 64);
	}
	return 0;
}

/* Day of the year: days since the first day of d's year, plus one. */
static int64_t
day_of_year(const struct calendar *cal, const struct cal_date *d, int64_t rd)
{
	struct cal_date first = { d->year, 1, 1, 0 };

	return rd - cal->to_fixed(&first) + 1;
}

/* Copy s, upper-cased (ASCII) when asked, padded to width with spaces. */
static char *
put_text(char *out, const char *s, const struct fmt_op *op)
{
	size_t n = strlen(s);

	for (; n < op->width; n++)
		*out++ = ' ';
	for (; *s != '\0'; s++)
		*out++ = (op->upper && *s >= 'a' && *s <= 'z') ?
		    (char)(*s - 'a' + 'A') : *s;
	return out;
}

static char *
put_num(char *out, int64_t v, const struct fmt_op *op, int width, char pad)
{
	if (op->pad != '?')
		pad = op->pad;
	/* A given width counts the sign, as in GNU date; the defaults don't. */
	if (op->width != 0)
		width = op->width - (v < 0);
	if (pad == 0)
		width = 0;
	return fmt_int(out, v, width, pad);
}

size_t
fmt_render(const struct fmt_prog *prog, const struct calendar *cal,
    const struct cal_date *d, int64_t rd, char *out)
{
	const struct fmt_op *op = prog->ops, *end = prog->ops + prog->nops;
	struct cal_date iso;
	char *p = out;
	int ywidth = cal->shape == CAL_SHAPE_COUNT ? 1 : 4;

	for (; op < end; op++) {
		switch (op->conv) {
		case 0:
			memcpy(p, op->text, op->len);
			p += op->len;
			break;
		case 'Y':
			p = put_num(p, d->year, op, ywidth, '0');
			break;
		case 'm':
			p = put_num(p, d->month, op, 2, '0');
			break;
		case 'd':
			p = put_num(p, d->day, op, 2, '0');
			break;
		case 'e':
			p = put_num(p, d->day, op, 2, ' ');
			break;
		case 'j':
			p = put_num(p, day_of_year(cal, d, rd), op, 3, '0');
			break;
		case 'J':
			p = put_num(p, rd + FX_JDN_OFFSET, op, 1, '0');
			break;
		case 'u':
			p = put_num(p, fx_amod(rd, 7), op, 1, '0');
			break;
		case 'w':
			p = put_num(p, fx_weekday(rd), op, 1, '0');
			break;
		case 'G':
			cal_iso_week.from_fixed(rd, &iso);
			p = put_num(p, iso.year, op, 4, '0');
			break;
		case 'V':
			cal_iso_week.from_fixed(rd, &iso);
			p = put_num(p, iso.month, op, 2, '0');
			break;
		case 'C':
			p = put_text(p, cal->id, op);
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

size_t
fmt_default(const struct calendar *cal, const struct cal_date *d, char *out)
{
	char *p = out;

	switch (cal->shape) {
	case CAL_SHAPE_COUNT:
		p = fmt_int(p, d->year, 0, 0);
		break;
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
		*p++ = '-';
		p = fmt_int(p, d->day, 2, '0');
		break;
	}
	return (size_t)(p - out);
}
