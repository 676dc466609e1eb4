/*
 * format.h: dates -> text.  A --format string is compiled once into a
 * small program of literal runs and directives, then rendered per date
 * without allocation or printf.
 */
#ifndef CALCONV_FORMAT_H
#define CALCONV_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"

/* Bytes that fmt_default() may write, with room to spare. */
#define FMT_DATE_MAX	48
/* Limits on a compiled format, checked by fmt_compile(). */
#define FMT_OPS_MAX	256
#define FMT_WIDTH_MAX	1024

struct fmt_op {
	char		conv;	/* directive letter, or 0 for literal text */
	char		pad;	/* '0', ' ' or 0 for none; '?' = default */
	char		upper;	/* '^' given */
	uint16_t	width;	/* 0 = the directive's default */
	const char	*text;	/* literal text (borrowed from the source) */
	size_t		len;
};

struct fmt_prog {
	int		nops;
	size_t		max;	/* bound on the bytes one rendering writes */
	struct fmt_op	ops[FMT_OPS_MAX];
};

/*
 * Compile src into *prog.  src must outlive prog: literal runs point
 * into it.  On error returns -1 and stores a description in msg (always
 * NUL-terminated) and the byte offset of the fault in *offset.
 */
int	fmt_compile(struct fmt_prog *, const char *src, char *msg, size_t,
	    size_t *offset);

/*
 * Render a valid date d of calendar cal (fixed day rd) by prog into out,
 * which has room for prog->max bytes.  Returns the bytes written; no
 * NUL is added.
 */
size_t	fmt_render(const struct fmt_prog *, const struct calendar *,
	    const struct cal_date *, int64_t rd, char *out);

/*
 * Write d in its calendar's default notation (YYYY-MM-DD, YYYY-Www-D,
 * YYYY-DDD or N) into out, which has room for FMT_DATE_MAX bytes.
 * Returns the bytes written; no NUL is added.
 */
size_t	fmt_default(const struct calendar *, const struct cal_date *,
	    char *out);

/* Write v in decimal, at least width digits padded with pad (or none). */
char	*fmt_int(char *out, int64_t v, int width, char pad);

#endif
