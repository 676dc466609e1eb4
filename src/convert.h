/*
 * convert.h: the road every date travels, text in the source calendar
 * -> fixed day -> text in each target.  Reading goes through the
 * boundary (parse.c or informat.c, then validate.c), writing through
 * format.c; this is the one module that joins the two, checks that each
 * target holds the day, and words what went wrong.  It knows nothing of
 * records, fields or files (stream.c does).
 */
#ifndef CALCONV_CONVERT_H
#define CALCONV_CONVERT_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "format.h"

#define CONV_TARGETS_MAX	64
#define CONV_INPUTS_MAX		16

/* Everything about a conversion that stays fixed while dates pass. */
struct conv {
	const struct calendar	*from;
	const char		*from_name;	/* as the user wrote it */
	const struct calendar	*to[CONV_TARGETS_MAX];
	int			 nto;
	const struct fmt_prog	*out[CONV_TARGETS_MAX]; /* NULL: default */
	struct fmt_ctx		 ctx[CONV_TARGETS_MAX];
	const struct fmt_prog	*in[CONV_INPUTS_MAX];	/* -p, in order */
	const char		*in_src[CONV_INPUTS_MAX];
	int			 nin;
	const struct fmt_prog	*longform;	/* the table's third column */
	int			 survey;	/* -t all: a target whose range
						   misses the date gets an empty
						   cell, not an error */
	int64_t			 today;		/* RD of the local date */
};

/*
 * Turn s[0..n), a date of the source calendar, into a fixed day that
 * every target can write (in a survey, any day of the source).  When
 * the text is refused, report why -- with file and line when file is
 * not NULL, and field when it is not 0 -- unless quiet, and return -1.
 */
int	conv_read(const struct conv *, const char *s, size_t n,
	    const char *file, uintmax_t line, uint32_t field, int quiet,
	    int64_t *rd);

/*
 * The same for a date whose fields the default notation's parser has
 * read already (sed mode's finder): d, written as s[0..n).
 */
int	conv_read_date(const struct conv *, const char *s, size_t n,
	    const struct cal_date *d, const char *file, uintmax_t line,
	    uint32_t field, int quiet, int64_t *rd);

/*
 * Sed mode's finder with input formats: the next date that one of them
 * reads in s[*pos..end).  Returns 1 with it at s[*a..*b) and *pos past
 * it, or 0 with *pos at end.
 */
int	conv_next_formatted(const struct conv *, const char *s, size_t end,
	    size_t *pos, size_t *a, size_t *b);

/* Report a calendar name that names none (status 2). */
void	conv_unknown(const char *name);

/* Bytes one writing of target i may take. */
static inline size_t
conv_max(const struct conv *c, int i)
{
	return c->out[i] != NULL ? c->out[i]->max : FMT_DATE_MAX;
}

/*
 * Write fixed day rd as target i of c into out (conv_max(c, i) bytes);
 * nothing when rd is outside the target's range (only in a survey:
 * otherwise conv_read() has refused it).  Returns the bytes written.
 */
size_t	conv_write(const struct conv *, int i, int64_t rd, char *out);

/*
 * Write rd as target i by prog instead of the target's own format (the
 * table's date in words).  rd must be in the target's range.
 */
size_t	conv_write_by(const struct conv *, int i, const struct fmt_prog *,
	    int64_t rd, char *out);

/*
 * Write rd, a day of cal's range, in cal's default notation into out
 * (FMT_DATE_MAX bytes); no NUL.  Inline: the batch path's one call.
 */
static inline size_t
conv_default(const struct calendar *cal, int64_t rd, char *out)
{
	struct cal_date d;

	cal_from_fixed(cal, rd, &d);
	return fmt_default(cal, &d, out);
}

/*
 * The range of cal in its default notation, "first..last", or for a
 * cycle "repeats every N days", into buf (NUL-terminated).
 */
void	conv_range(const struct calendar *, char *buf, size_t size);

#endif
