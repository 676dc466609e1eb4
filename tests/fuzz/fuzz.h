/*
 * fuzz.h: what the libFuzzer harnesses share.
 *
 * Each harness defines LLVMFuzzerTestOneInput().  Built with
 * -DCALCONV_LIBFUZZER and -fsanitize=fuzzer, libFuzzer supplies main();
 * built without, fuzz.c supplies a replay main() that runs the harness
 * once on each file (or each file of each directory) named on the
 * command line, so a plain gcc build replays the corpora.
 */
#ifndef CALCONV_FUZZ_H
#define CALCONV_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/*
 * A property the harness checks: on failure, say which and where on
 * file descriptor 2 (stderr may be swapped for /dev/null while calconv
 * code runs) and abort(), which libFuzzer reports as a crash and saves.
 */
#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond))							\
		fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);	\
} while (0)

void	fuzz_fail(const char *file, int line, const char *cond,
	    const char *fmt, ...)
	    __attribute__((noreturn, format(printf, 4, 5)));

/*
 * A fresh anonymous file (memfd_create on Linux, tmpfile elsewhere),
 * or -1.  fuzz_fill() replaces its contents with p[0..n) and rewinds
 * it; fuzz_slurp() reads all of it into a new heap buffer (NUL added,
 * not counted) and stores the length.  Both return -1 on failure.
 */
int	fuzz_memfd(void);
int	fuzz_fill(int fd, const void *p, size_t n);
char	*fuzz_slurp(int fd, size_t *n);

/*
 * Mute calconv's messages: err_at() and err_usage() write to the stdio
 * stream stderr, which glibc lets us point at /dev/null for the
 * duration.  File descriptor 2 stays open, so sanitizer and libFuzzer
 * reports still reach the terminal.
 */
void	fuzz_mute(void);
void	fuzz_unmute(void);

/* Print p[0..n) on fd 2 as a C string, for failure reports. */
void	fuzz_dump(const char *label, const void *p, size_t n);

#endif
