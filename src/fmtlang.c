/*
 * fmtlang.c: compiling a format string.  The directives and what each
 * writes are described in format.c; those -p reads, in informat.c.
 */
#include <stdio.h>
#include <string.h>

#include "fmtlang.h"

static const char directives[] = "YymdejJBbhAauwGVECNKnt%";
static const char numeric[] = "YymdejJuwGV";

static int
fail(char *msg, size_t size, size_t *offset, size_t at, const char *what,
    const char *start, size_t len)
{
	*offset = at;
	snprintf(msg, size, "%s '%.*s'", what, (int)len, start);
	return -1;
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
		if (*p == 'E' || *p == 'O')
			op->mod = *p++;
		if (op->mod == 'E' && (*p == '\0' ||
		    strchr("YyCN", *p) == NULL)) {
			/* A bare %E is the era name, as %EC. */
			op->conv = 'C';
			op->text = start;
			op->len = (size_t)(p - start);
			prog->max += w + FMT_ITEM_MAX;
			continue;
		}
		if (*p == '\0')
			return fail(msg, size, offset, (size_t)(start - src),
			    "format ends inside the directive", start,
			    (size_t)(p - start));
		/* N is only the era's letter, %EN. */
		if (strchr(directives, *p) == NULL ||
		    (*p == 'N' && op->mod != 'E'))
			return fail(msg, size, offset, (size_t)(start - src),
			    "unknown directive", start, (size_t)(p - start + 1));
		if ((op->mod == 'O' && strchr(numeric, *p) == NULL) ||
		    (op->mod == 'E' && *p != 'Y' && *p != 'y' && *p != 'C' &&
		    *p != 'N'))
			return fail(msg, size, offset, (size_t)(start - src),
			    "modifier does not apply in", start,
			    (size_t)(p - start + 1));
		op->conv = *p++;
		op->text = start;
		op->len = (size_t)(p - start);
		prog->max += w + FMT_ITEM_MAX;
	}
	return 0;
}
