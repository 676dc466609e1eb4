/*
 * fmtlang.h: the format language.  A --format or --input-format string
 * is compiled once into a small program of literal runs and directives;
 * format.c renders dates by it, informat.c reads them by it.
 */
#ifndef CALCONV_FMTLANG_H
#define CALCONV_FMTLANG_H

#include <stddef.h>
#include <stdint.h>

/* Limits on a compiled format, checked by fmt_compile(). */
#define FMT_OPS_MAX	256
#define FMT_WIDTH_MAX	1024
/* Bytes one directive may write besides its padding. */
#define FMT_ITEM_MAX	768

struct fmt_op {
	char		conv;	/* directive letter, or 0 for literal text */
	char		mod;	/* 'E', 'O' or 0 */
	char		pad;	/* '0', ' ', 0 for none, or '?' for default */
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

#endif
