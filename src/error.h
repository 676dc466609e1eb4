/*
 * error.h: every message calconv writes to stderr, and the exit status
 * they add up to: 0 all converted, 1 some date refused, 2 usage or I/O
 * error.  Nothing here exits; main() turns err_status() into the exit
 * status.
 */
#ifndef CALCONV_ERROR_H
#define CALCONV_ERROR_H

#include <stddef.h>
#include <stdint.h>

enum {
	ERR_OK = 0,
	ERR_DATE = 1,	/* a date was refused; the rest went on */
	ERR_USAGE = 2,	/* bad option or value, or I/O failure */
	ERR_IO = 2
};

/* With -q, messages about single dates are not written. */
extern int	err_quiet;

/*
 * Write "calconv: FILE:LINE: message" (FILE and LINE left out when
 * NULL or 0) and raise the exit status to status.  Messages of status
 * ERR_DATE are dropped under -q; the status is still raised.
 */
void		err_at(int status, const char *file, uintmax_t line,
		    const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));

/* A usage error: the message, then a pointer to --help; status 2. */
void		err_usage(const char *fmt, ...)
		    __attribute__((format(printf, 1, 2)));

/* Forget the status and -q, for a fresh run of main(). */
void		err_reset(void);

/* The status the messages so far add up to. */
int		err_status(void);

/*
 * Quote s[0..n) for a message: printable ASCII and valid UTF-8 as they
 * are, everything else as \xHH, cut at about 60 characters.  buf is
 * always NUL-terminated; returns buf.
 */
char		*err_quote(char *buf, size_t size, const char *s, size_t n);

#endif
