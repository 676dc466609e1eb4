/*
 * fuzz_cli.c: argument vectors through the whole program, main().
 *
 * Input: byte 0 sets the run (0x01: stdout is a terminal, so one
 * operand with many targets prints the aligned table and --list its
 * header; 0x02: stdin holds the sample file below, else it is empty);
 * the rest is split at NUL bytes into at most ARGS_MAX arguments,
 * after argv[0] = "calconv".
 *
 * src/main.c is compiled into this file (#include "main.c", with -Isrc)
 * so that the harness can stand in for what main() touches outside:
 * - main is renamed calconv_main;
 * - open() is fuzz_open(): only the names "dates.txt" and "dates.csv"
 *   open (a memfd holding the sample), everything else is ENOENT, so
 *   "-F /dev/zero" and the like cannot hang or read the machine's files;
 * - isatty() answers from byte 0;
 * - stdin (fd 0) and stdout (fd 1) are memfds for the call; main()
 *   closes fd 1 before it returns, and the harness puts it back;
 * - stderr (the stdio stream) points at /dev/null for the call, fd 2
 *   stays open for sanitizer reports.
 *
 * Arguments popt would answer with exit(0) -- its autohelp callback
 * exits after --help, --usage and -? -- are dropped: any argument
 * starting with "--help" or "--usage", and any single-dash argument
 * holding '?' (a cluster such as -q?).  That is stricter than needed
 * ("-o" "%Y?" loses its value) and costs a little coverage.
 *
 * Repeated calls: main() starts afresh each time -- options_parse()
 * clears its struct options and err_reset() the exit status -- so the
 * value calconv_main() returns is this call's status, 0, 1 or 2.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <popt.h>

/* Everything main.c includes, before the macros below. */
#include "error.h"
#include "info.h"
#include "options.h"
#include "stream.h"

#include "fuzz.h"

#define ARGS_MAX	16

/* What dates.txt, dates.csv and (with 0x02) stdin hold. */
static const char sample[] =
	"2024-03-20\n"
	" 1403-01-01 \r\n"
	"2024-02-30\n"
	"x,2024-03-20,\"1999-12-31\"\n"
	"today\n"
	"\xff\xfe\n"
	"-0044-03-15\n"
	"2024-W12-3\n"
	"2024-080\n"
	"738965\n"
	"\n"
	"from 2024-03-20 to 2025-01-01 in 1403-12-30\n"
	"1,2,3";

static int	fuzz_tty;

int	calconv_main(int, const char **);

static int
fuzz_isatty(int fd)
{
	return fd == STDOUT_FILENO ? fuzz_tty : 0;
}

static int
fuzz_open(const char *path, int flags, ...)
{
	int fd;

	(void)flags;
	if (strcmp(path, "dates.txt") != 0 && strcmp(path, "dates.csv") != 0) {
		errno = ENOENT;
		return -1;
	}
	if ((fd = fuzz_memfd()) < 0)
		return -1;
	if (fuzz_fill(fd, sample, sizeof(sample) - 1) != 0) {
		close(fd);
		errno = EIO;
		return -1;
	}
	return fd;
}

#define main		calconv_main
#define open		fuzz_open
#define isatty		fuzz_isatty
#include "main.c"
#undef main
#undef open
#undef isatty

/* Would popt exit(0) on this argument? */
static int
exits(const char *a)
{
	if (strncmp(a, "--help", 6) == 0 || strncmp(a, "--usage", 7) == 0)
		return 1;
	return a[0] == '-' && a[1] != '-' && strchr(a, '?') != NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int infd = -1, outfd = -1, stdin_copy, stdout_copy;
	const char *argv[ARGS_MAX + 2];
	const char *p, *end, *z;
	char *arg;
	size_t n;
	int argc = 1, i, rc;

	if (size == 0)
		return 0;
	if (infd < 0) {
		infd = fuzz_memfd();
		outfd = fuzz_memfd();
		stdin_copy = dup(STDIN_FILENO);
		stdout_copy = dup(STDOUT_FILENO);
		FUZZ_CHECK(infd >= 0 && outfd >= 0 && stdin_copy >= 0 &&
		    stdout_copy >= 0, "memfd");
	}
	argv[0] = "calconv";
	p = (const char *)data + 1;
	end = (const char *)data + size;
	while (p < end && argc <= ARGS_MAX) {
		z = memchr(p, '\0', (size_t)(end - p));
		n = z != NULL ? (size_t)(z - p) : (size_t)(end - p);
		/* Each argument its own exact-size block, as from execve. */
		if ((arg = malloc(n + 1)) == NULL)
			break;
		memcpy(arg, p, n);
		arg[n] = '\0';
		if (exits(arg))
			free(arg);
		else
			argv[argc++] = arg;
		p += n + 1;
	}
	argv[argc] = NULL;

	fuzz_tty = data[0] & 0x01;
	FUZZ_CHECK(fuzz_fill(infd, sample, data[0] & 0x02 ?
	    sizeof(sample) - 1 : 0) == 0 && fuzz_fill(outfd, "", 0) == 0,
	    "cannot fill the memfds");
	fflush(stdout);
	FUZZ_CHECK(dup2(infd, STDIN_FILENO) == STDIN_FILENO &&
	    dup2(outfd, STDOUT_FILENO) == STDOUT_FILENO, "dup2");
	fuzz_mute();
	rc = calconv_main(argc, argv);
	fuzz_unmute();
	fflush(stdout);
	clearerr(stdout);
	FUZZ_CHECK(dup2(stdin_copy, STDIN_FILENO) == STDIN_FILENO &&
	    dup2(stdout_copy, STDOUT_FILENO) == STDOUT_FILENO, "dup2");
	FUZZ_CHECK(rc >= 0 && rc <= 2, "exit status %d", rc);

	for (i = 1; i < argc; i++)
		free((char *)argv[i]);
	return 0;
}
