/*
 * main.c: the front end.  Reads the command line into a struct options
 * (options.c), runs what it asks -- the operands, the files or stdin
 * through the stream, --list or --info -- and turns what happened into
 * the exit status.  Only this file calls exit(), by returning from
 * main().
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "info.h"
#include "options.h"
#include "stream.h"

/* Close stdout and report a failure; returns the exit status to add. */
static int
close_stdout(void)
{
	int e = stream_flush();

	if (e == 0 && fflush(stdout) != 0)
		e = errno;
	if (e == 0 && close(STDOUT_FILENO) != 0 && errno != EBADF)
		e = errno;
	if (e == EPIPE)
		return ERR_IO;
	if (e != 0) {
		err_at(ERR_IO, NULL, 0, "write error: %s", strerror(e));
		return ERR_IO;
	}
	return 0;
}

/*
 * Split "CAL:DATE"; returns the date part, or arg when there is none.
 * A name too long for name[] (size > 3) is no calendar's: it is cut
 * and ends in "...", which no calendar's name does, so that it is
 * reported as an unknown calendar and not as a date.
 */
static const char *
split_operand(const char *arg, char *name, size_t size)
{
	const char *colon = strchr(arg, ':');
	size_t n;

	if (colon == NULL || colon == arg)
		return arg;
	n = (size_t)(colon - arg);
	if (n >= size) {
		memcpy(name, arg, size - 4);
		memcpy(name + size - 4, "...", 4);
		return colon + 1;
	}
	memcpy(name, arg, n);
	name[n] = '\0';
	return colon + 1;
}

static int
run_operands(struct stream *r, const char **args)
{
	struct stream one;
	char name[64];
	const char *arg, *date;
	int rc = STREAM_OK;

	for (; args != NULL && *args != NULL && rc == STREAM_OK; args++) {
		arg = *args;
		date = split_operand(arg, name, sizeof(name));
		if (date == arg) {
			rc = stream_operand(r, date);
			continue;
		}
		one = *r;
		if ((one.cv.from = options_source(name)) == NULL) {
			rc = stream_refused(r, arg);
			continue;
		}
		one.cv.from_name = name;
		rc = stream_operand(&one, date);
	}
	return rc;
}

static int
run_files(struct stream *r, char **files, int nfiles)
{
	int i, fd, rc = STREAM_OK;

	for (i = 0; i < nfiles && rc == STREAM_OK; i++) {
		if (strcmp(files[i], "-") == 0) {
			rc = stream_fd(r, STDIN_FILENO, "-");
			continue;
		}
		if ((fd = open(files[i], O_RDONLY)) < 0) {
			err_at(ERR_IO, files[i], 0, "%s", strerror(errno));
			continue;
		}
		rc = stream_fd(r, fd, files[i]);
		close(fd);
	}
	return rc;
}

int
main(int argc, const char **argv)
{
	static struct options o;
	const char *lone[] = { "-", NULL };
	struct stream *r = &o.st;
	int rc = STREAM_OK, status;

	err_reset();
	switch (options_parse(&o, argc, argv)) {
	case OPTS_LIST:
		run_list(isatty(STDOUT_FILENO));
		break;
	case OPTS_INFO:
		run_info(o.info, o.lang, o.native);
		break;
	case OPTS_RUN:
		r->table = o.operands != NULL && o.operands[0] != NULL &&
		    o.operands[1] == NULL && o.nfiles == 0 && r->cv.nto > 1 &&
		    !o.formatted && isatty(STDOUT_FILENO);
		rc = run_operands(r, o.operands);
		if (rc == STREAM_OK && (o.nfiles > 0 || o.operands == NULL))
			rc = o.nfiles > 0 ? run_files(r, o.files, o.nfiles) :
			    run_files(r, (char **)lone, 1);
		if (rc == STREAM_ABORT)
			err_at(ERR_DATE, NULL, 0, "stopped at the first bad "
			    "date (--on-error=abort)");
		break;
	case OPTS_DONE:
	case OPTS_FAIL:
		break;
	}
	status = close_stdout();
	options_free(&o);
	stream_free();
	return status > err_status() ? status : err_status();
}
