/*
 * error.c: messages in the GNU form "calconv: FILE:LINE: what", lower
 * case and without a final period, and the exit status they imply.
 */
#include <stdarg.h>
#include <stdio.h>

#include <unistr.h>

#include "error.h"

int		err_quiet;
static int	status;

static void
raise_status(int s)
{
	if (s > status)
		status = s;
}

void
err_at(int st, const char *file, uintmax_t line, const char *fmt, ...)
{
	va_list ap;

	raise_status(st);
	if (st == ERR_DATE && err_quiet)
		return;
	fputs("calconv: ", stderr);
	if (file != NULL && line != 0)
		fprintf(stderr, "%s:%ju: ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	va_start(ap, fmt);
	/*
	 * clang-tidy 14 calls ap uninitialised here when it has checked
	 * another file before this one, never alone: a false positive.
	 */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
err_usage(const char *fmt, ...)
{
	va_list ap;

	raise_status(ERR_USAGE);
	fputs("calconv: ", stderr);
	va_start(ap, fmt);
	/* As above.  NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'calconv --help' for more information.\n", stderr);
}

void
err_reset(void)
{
	status = 0;
	err_quiet = 0;
}

int
err_status(void)
{
	return status;
}

char *
err_quote(char *buf, size_t size, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	size_t o = 0, shown = 0;
	ucs4_t uc;
	int len;

	while (p < end && o + 8 < size) {
		if (shown == 60) {
			buf[o++] = '.';
			buf[o++] = '.';
			buf[o++] = '.';
			break;
		}
		if (*p >= 0x20 && *p < 0x7f && *p != '\\' && *p != '\'') {
			buf[o++] = (char)*p++;
		} else if (*p >= 0x80 &&
		    (len = u8_mbtouc(&uc, p, (size_t)(end - p))) > 0 &&
		    uc != 0xfffd && o + (size_t)len + 8 < size) {
			while (len-- > 0)
				buf[o++] = (char)*p++;
		} else {
			buf[o++] = '\\';
			buf[o++] = 'x';
			buf[o++] = hex[*p >> 4];
			buf[o++] = hex[*p & 15];
			p++;
		}
		shown++;
	}
	buf[o] = '\0';
	return buf;
}
