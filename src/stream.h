/*
 * stream.h: records.  Reads records (lines, or NUL-terminated with -z)
 * from files or takes operands, finds the dates in each (the whole
 * record, -k fields, or -S dates inside text), hands them to convert.c,
 * and writes the results through one large output buffer.
 */
#ifndef CALCONV_STREAM_H
#define CALCONV_STREAM_H

#include <stddef.h>
#include <stdint.h>

#include "convert.h"

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

#define STREAM_RANGES_MAX	64

/* Fields lo..hi (1-based, inclusive) of a -k list. */
struct field_range {
	uint32_t	lo, hi;
};

/* A conversion, and how records carry its dates. */
struct stream {
	struct conv		 cv;
	enum policy		 policy;
	char			 term;		/* '\n', or '\0' with -z */
	enum mode		 mode;
	char			 delim;		/* field delimiter for -k */
	struct field_range	 ranges[STREAM_RANGES_MAX];
	int			 nranges;
	uint32_t		 need;		/* fields a record must have */
	int			 table;		/* one operand, many targets, tty */
	int			 fast;		/* set by stream_setup() */
	int			 fast_in;	/* the same for one plain -p
						   format */
	int			 ranged;	/* some target's range is limited */
	int64_t			 lo, hi;	/* then the days every target
						   holds (set by stream_setup) */
};

/*
 * Choose the batch paths once the rest of *r is set: bare Gregorian
 * dates in whole-record mode go through a parser of YYYY-MM-DD alone,
 * and with one target in its default notation, straight to the
 * output buffer; whole records by one -p format of numbers and month
 * names go through its plainest reading first.  When a target's range
 * is limited, a day outside the range every target holds leaves the
 * batch path for the general one, which refuses it.
 */
void	stream_setup(struct stream *);

/* What a stream call ended with. */
enum {
	STREAM_OK,
	STREAM_ABORT,	/* -e abort met a bad date */
	STREAM_WERROR	/* writing stdout failed: stop */
};

/* Convert every record of fd, named name in messages ("-" for stdin). */
int	stream_fd(const struct stream *, int fd, const char *name);

/* Convert one DATE operand ("CAL:DATE" already split off by main). */
int	stream_operand(const struct stream *, const char *arg);

/*
 * Apply the error policy to an operand refused before conversion (an
 * unknown calendar in "CAL:DATE"); the message is the caller's.
 */
int	stream_refused(const struct stream *, const char *arg);

/*
 * Write out what is buffered.  Returns 0, or the errno of the first
 * failed write (later writes are then dropped).
 */
int	stream_flush(void);

/* Free the record buffer. */
void	stream_free(void);

#endif
