/*
 * stream.h: the record engine.  Reads records (lines, or NUL-terminated
 * with -z) from files or takes operands, converts the date in each, and
 * writes the results through one large output buffer.
 */
#ifndef CALCONV_STREAM_H
#define CALCONV_STREAM_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "format.h"

/* What to write for a record whose date is refused (-e). */
enum policy {
	POLICY_KEEP,	/* the record unchanged (the default) */
	POLICY_SKIP,	/* nothing */
	POLICY_ABORT,	/* stop: nothing more is read or written */
	POLICY_EMPTY	/* an empty field for each target */
};

/* Where the dates are in a record. */
enum mode {
	MODE_LINE,	/* the whole record is one date */
	MODE_FIELD,	/* -k: the selected fields, split at delim */
	MODE_SED	/* -S: every date found inside the record */
};

/*
 * Bytes asked of read() at a time; the record buffer starts at twice
 * that.  A build may set it smaller (the fuzzers do, so that short
 * inputs cross chunks and make the buffer slide and grow).
 */
#ifndef STREAM_READ_CHUNK
#define STREAM_READ_CHUNK	(1 << 17)
#endif

#define CONV_TARGETS_MAX	64
#define CONV_RANGES_MAX		64
#define CONV_INPUTS_MAX		16

/* Fields lo..hi (1-based, inclusive) of a -k list. */
struct field_range {
	uint32_t	lo, hi;
};

/* Everything that stays fixed while records are converted. */
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
	enum policy		 policy;
	char			 term;		/* '\n', or '\0' with -z */
	enum mode		 mode;
	char			 delim;		/* field delimiter for -k */
	struct field_range	 ranges[CONV_RANGES_MAX];
	int			 nranges;
	uint32_t		 need;		/* fields a record must have */
	int			 table;		/* one operand, many targets, tty */
	int			 survey;	/* -t all: a target whose range
						   misses the date gets an empty
						   cell, not an error */
	int64_t			 today;		/* RD of the local date */
	int			 fast;		/* 1: bare Gregorian dates are likely;
						   2: and one target, default notation */
};

/* What a stream call ended with. */
enum {
	STREAM_OK,
	STREAM_ABORT,	/* -e abort met a bad date */
	STREAM_WERROR	/* writing stdout failed: stop */
};

/* Convert every record of fd, named name in messages ("-" for stdin). */
int	stream_fd(const struct conv *, int fd, const char *name);

/* Convert one DATE operand ("CAL:DATE" already split off by main). */
int	stream_operand(const struct conv *, const char *arg);

/*
 * Apply the error policy to an operand refused before conversion (an
 * unknown calendar in "CAL:DATE"); the message is the caller's.
 */
int	stream_refused(const struct conv *, const char *arg);

/*
 * Write out what is buffered.  Returns 0, or the errno of the first
 * failed write (later writes are then dropped).
 */
int	stream_flush(void);

/* Free the record buffer. */
void	stream_free(void);

#endif
