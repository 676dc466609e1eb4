/*
 * copyloop.c: the floor for any filter: copy stdin to stdout with read()
 * and write() in 128 KiB chunks, nothing else.
 */
#include <stdio.h>
#include <unistd.h>

static char buf[128 * 1024];

int
main(void)
{
	ssize_t n;
	while ((n = read(0, buf, sizeof buf)) > 0) {
		ssize_t off = 0;
		while (off < n) {
			ssize_t w = write(1, buf + off, (size_t)(n - off));
			if (w <= 0) {
				perror("copyloop: write");
				return 1;
			}
			off += w;
		}
	}
	if (n < 0) {
		perror("copyloop: read");
		return 1;
	}
	return 0;
}
