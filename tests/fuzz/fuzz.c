/*
 * fuzz.c: helpers shared by the harnesses, and the replay main() used
 * when they are built without libFuzzer (see fuzz.h).
 */
#define _GNU_SOURCE	/* memfd_create */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

void
fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	va_list ap;

	dprintf(STDERR_FILENO, "%s:%d: property failed: %s: ", file, line,
	    cond);
	va_start(ap, fmt);
	vdprintf(STDERR_FILENO, fmt, ap);
	va_end(ap);
	dprintf(STDERR_FILENO, "\n");
	abort();
}

int
fuzz_memfd(void)
{
#ifdef __linux__
	return memfd_create("calconv-fuzz", MFD_CLOEXEC);
#else
	FILE *f = tmpfile();
	int fd;

	if (f == NULL)
		return -1;
	fd = dup(fileno(f));
	fclose(f);
	return fd;
#endif
}

int
fuzz_fill(int fd, const void *p, size_t n)
{
	const char *s = p;
	ssize_t w;

	if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	while (n > 0) {
		if ((w = write(fd, s, n)) < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return lseek(fd, 0, SEEK_SET) == 0 ? 0 : -1;
}

char *
fuzz_slurp(int fd, size_t *n)
{
	struct stat st;
	char *buf;
	size_t got = 0;
	ssize_t r;

	if (fstat(fd, &st) != 0 || lseek(fd, 0, SEEK_SET) != 0 ||
	    (buf = malloc((size_t)st.st_size + 1)) == NULL)
		return NULL;
	while (got < (size_t)st.st_size) {
		r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	buf[got] = '\0';
	*n = got;
	return buf;
}

static FILE	*saved_stderr, *devnull;

void
fuzz_mute(void)
{
	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		return;
	saved_stderr = stderr;
	stderr = devnull;
}

void
fuzz_unmute(void)
{
	if (saved_stderr != NULL) {
		fflush(devnull);
		stderr = saved_stderr;
		saved_stderr = NULL;
	}
}

void
fuzz_dump(const char *label, const void *p, size_t n)
{
	const unsigned char *s = p;
	char buf[4 * 64 + 1];
	size_t i, o;

	dprintf(STDERR_FILENO, "%s (%zu bytes): \"", label, n);
	for (i = 0; i < n; ) {
		for (o = 0; i < n && o < sizeof(buf) - 5; i++) {
			if (s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' &&
			    s[i] != '\\')
				buf[o++] = (char)s[i];
			else
				o += (size_t)snprintf(buf + o, 5, "\\x%02x",
				    s[i]);
		}
		buf[o] = '\0';
		dprintf(STDERR_FILENO, "%s", buf);
	}
	dprintf(STDERR_FILENO, "\"\n");
}

#ifndef CALCONV_LIBFUZZER

/* Run the harness on one file, exactly as libFuzzer would hand it over. */
static int
replay_file(const char *path)
{
	int fd;
	size_t n;
	char *text;
	uint8_t *data;

	if ((fd = open(path, O_RDONLY)) < 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	text = fuzz_slurp(fd, &n);
	close(fd);
	if (text == NULL) {
		fprintf(stderr, "replay: %s: cannot read\n", path);
		return 1;
	}
	/* A buffer of exactly n bytes, so reading past the input is caught. */
	if ((data = malloc(n > 0 ? n : 1)) == NULL) {
		free(text);
		return 1;
	}
	memcpy(data, text, n);
	free(text);
	LLVMFuzzerTestOneInput(data, n);
	free(data);
	printf("ok %s\n", path);
	fflush(stdout);
	return 0;
}

static int
replay(const char *path)
{
	struct stat st;
	struct dirent *de;
	DIR *dir;
	char *sub;
	int bad = 0;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	if ((dir = opendir(path)) == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if ((sub = malloc(strlen(path) + strlen(de->d_name) + 2)) ==
		    NULL) {
			bad = 1;
			break;
		}
		sprintf(sub, "%s/%s", path, de->d_name);
		bad |= replay(sub);
		free(sub);
	}
	closedir(dir);
	return bad;
}

int
main(int argc, char **argv)
{
	int i, bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++)
		bad |= replay(argv[i]);
	return bad;
}

#endif
