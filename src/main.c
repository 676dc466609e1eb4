/*
 * main.c: the command line.  Reads the options with popt, checks every
 * value, builds the struct conv the stream engine runs on, and turns
 * what happened into the exit status.  Only this file calls exit().
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <popt.h>

#include "calendar.h"
#include "error.h"
#include "fixed.h"
#include "info.h"
#include "names.h"
#include "format.h"
#include "stream.h"
#include "validate.h"

#define VERSION	"0.1.0"
#define HIDE	'\x1f'	/* prefix that keeps a negative date from popt */

enum {
	OPT_FROM = 'f',
	OPT_TO = 't',
	OPT_FORMAT = 'o',
	OPT_FILE = 'F',
	OPT_ONERROR = 'e',
	OPT_FIELD = 'k',
	OPT_DELIM = 'd',
	OPT_HELP = 'h',
	OPT_INPUT = 'p',
	OPT_LANG = 'L',
	OPT_VERSION = 256,
	OPT_DIGITS,
	OPT_INFO,
	OPT_USAGE
};

static int	o_quiet, o_zero, o_list, o_sed;

/*
 * POPT_AUTOHELP's entries, with its words, but handled here: popt's
 * own handler exits at once, before a write error could be reported.
 */
static struct poptOption help_opts[] = {
	{ "help", '?', POPT_ARG_NONE, NULL, OPT_HELP,
	  "Show this help message", NULL },
	{ "usage", '\0', POPT_ARG_NONE, NULL, OPT_USAGE,
	  "Display brief usage message", NULL },
	POPT_TABLEEND
};

static struct poptOption opts[] = {
	{ "from", 'f', POPT_ARG_STRING, NULL, OPT_FROM,
	  "calendar of the input dates (default gregorian)", "CAL" },
	{ "to", 't', POPT_ARG_STRING, NULL, OPT_TO,
	  "calendars to convert to, comma-separated, or all", "CAL[,CAL...]" },
	{ "format", 'o', POPT_ARG_STRING, NULL, OPT_FORMAT,
	  "output format: %Y %y %m %d %e %j %J %B %b %A %a %u %w %G %V "
	  "%E %EY %Ey %EN %C %n %t %%, flags - _ 0 ^, a width, %O native "
	  "numerals",
	  "FORMAT" },
	{ "input-format", 'p', POPT_ARG_STRING, NULL, OPT_INPUT,
	  "read dates written so (the same directives); repeat to try "
	  "several in order", "FORMAT" },
	{ "lang", 'L', POPT_ARG_STRING, NULL, OPT_LANG,
	  "language of names: en, fa, ar, he, am, hi, zh, ja, ... or native "
	  "(default: from LC_ALL, LC_TIME, LANG)", "LANG" },
	{ "digits", '\0', POPT_ARG_STRING, NULL, OPT_DIGITS,
	  "ascii (default) or native: write every number in native numerals",
	  "DIGITS" },
	{ "info", '\0', POPT_ARG_STRING, NULL, OPT_INFO,
	  "describe a year (its months and their lengths) or show a month "
	  "as a grid", "CAL:YEAR[-MM]" },
	{ "file", 'F', POPT_ARG_STRING, NULL, OPT_FILE,
	  "read dates from FILE, one a line (- is stdin); repeatable",
	  "FILE" },
	{ "field", 'k', POPT_ARG_STRING, NULL, OPT_FIELD,
	  "convert only these fields of each record, as cut(1) selects "
	  "them: 3, 1,3, 2-4, 5-", "LIST" },
	{ "delimiter", 'd', POPT_ARG_STRING, NULL, OPT_DELIM,
	  "the field delimiter for --field (default TAB)", "CHAR" },
	{ "sed", 'S', POPT_ARG_NONE, &o_sed, 0,
	  "convert every date found inside each record, leave the rest", NULL },
	{ "on-error", 'e', POPT_ARG_STRING, NULL, OPT_ONERROR,
	  "for a bad date: keep (default), skip, abort or empty", "POLICY" },
	{ "quiet", 'q', POPT_ARG_NONE, &o_quiet, 0,
	  "no messages about bad dates (the exit status still tells)", NULL },
	{ "zero-terminated", 'z', POPT_ARG_NONE, &o_zero, 0,
	  "records end with NUL, not newline", NULL },
	{ "list", 'l', POPT_ARG_NONE, &o_list, 0,
	  "list the calendars, their aliases and ranges", NULL },
	{ "version", '\0', POPT_ARG_NONE, NULL, OPT_VERSION,
	  "print the version and exit", NULL },
	{ NULL, 'h', POPT_ARG_NONE, NULL, OPT_HELP,
	  "show this help and exit", NULL },
	{ NULL, '\0', POPT_ARG_INCLUDE_TABLE, help_opts, 0, "Help options:",
	  NULL },
	POPT_TABLEEND
};

/* Options whose value may follow as the next argument. */
static const char *const valued[] = {
	"-f", "-t", "-o", "-F", "-e", "-k", "-d", "-p", "-L", "--from", "--to",
	"--format", "--file", "--on-error", "--field", "--delimiter",
	"--input-format", "--lang", "--digits", "--info", NULL
};

static const char *const kind_names[] = {
	[CAL_SOLAR] = "solar", [CAL_LUNAR] = "lunar",
	[CAL_LUNISOLAR] = "lunisolar", [CAL_WEEK] = "week",
	[CAL_COUNT] = "day count", [CAL_CYCLE] = "cycle",
};

static int
is_valued(const char *a)
{
	const char *const *v;
	size_t n = strlen(a);

	for (v = valued; *v != NULL; v++)
		if (strcmp(a, *v) == 0)
			return 1;
	/* A cluster of short options ending in one that takes a value. */
	return n > 2 && a[0] == '-' && a[1] != '-' &&
	    strchr("ftoFekdpL", a[n - 1]) != NULL;
}

/* Replace *slot with a popt string we now own. */
static void
take(char **slot, poptContext pc)
{
	free(*slot);
	*slot = poptGetOptArg(pc);
}

/* Look a calendar up, or say why not (status 2) and return NULL. */
static const struct calendar *
calendar_named(const char *name)
{
	const struct calendar *cal = cal_lookup(name);
	const char *variants;

	if (cal != NULL)
		return cal;
	if ((variants = cal_ambiguous(name)) != NULL)
		err_usage("'%s' names several calendars: use one of %s", name,
		    variants);
	else
		err_usage("unknown calendar '%s' (calconv --list shows them)",
		    name);
	return NULL;
}

/*
 * Look up a calendar to convert from: one whose notation names only a
 * place in a cycle cannot be, so say why (status 2) and return NULL.
 */
static const struct calendar *
source_named(const char *name)
{
	const struct calendar *cal = calendar_named(name);

	if (cal != NULL && cal->cycle != 0) {
		err_usage("%s repeats every %" PRId64 " days, so a date alone "
		    "names no day; convert to it, not from it", cal->id,
		    cal->cycle);
		return NULL;
	}
	return cal;
}

/* Fill c->to from "a,b,c" or "all".  Returns -1 after a message. */
static int
targets(struct conv *c, char *list)
{
	const struct calendar *const *t = cal_table();
	char *name, *save = NULL;
	int i;

	c->nto = 0;
	if (strcasecmp(list, "all") == 0) {
		for (i = 0; i < cal_count() && i < CONV_TARGETS_MAX; i++)
			c->to[c->nto++] = t[i];
		c->survey = 1;
		return 0;
	}
	for (name = strtok_r(list, ",", &save); name != NULL;
	    name = strtok_r(NULL, ",", &save)) {
		if (c->nto == CONV_TARGETS_MAX) {
			err_usage("more than %d target calendars",
			    CONV_TARGETS_MAX);
			return -1;
		}
		if ((c->to[c->nto++] = calendar_named(name)) == NULL)
			return -1;
	}
	if (c->nto == 0) {
		err_usage("option '--to' needs a calendar name");
		return -1;
	}
	return 0;
}

static int
policy_named(const char *s, enum policy *p)
{
	static const char *const names[] = {
		[POLICY_KEEP] = "keep", [POLICY_SKIP] = "skip",
		[POLICY_ABORT] = "abort", [POLICY_EMPTY] = "empty",
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*p = (enum policy)i;
			return 0;
		}
	err_usage("invalid value '%s' for '--on-error': expected keep, skip, "
	    "abort or empty", s);
	return -1;
}

/* Read a field number of a -k list; 0 when there is none or it is 0. */
static uint32_t
field_number(const char **pp)
{
	const char *p = *pp;
	uint64_t v = 0;

	while (*p >= '0' && *p <= '9') {
		v = v * 10 + (uint64_t)(*p++ - '0');
		if (v > INT32_MAX)
			v = INT32_MAX + UINT64_C(1);	/* refused below */
	}
	*pp = p;
	return v > INT32_MAX ? 0 : (uint32_t)v;
}

/*
 * Parse a cut(1) field list -- N, N-M, N-, -M, joined by commas -- into
 * c->ranges.  Returns -1 after a message.
 */
static int
field_list(struct conv *c, const char *list)
{
	const char *p = list;
	struct field_range *r;

	c->nranges = 0;
	c->need = 0;
	for (;;) {
		if (c->nranges == CONV_RANGES_MAX) {
			err_usage("field list '%s' has more than %d parts", list,
			    CONV_RANGES_MAX);
			return -1;
		}
		r = &c->ranges[c->nranges++];
		r->lo = *p == '-' ? 1 : field_number(&p);
		r->hi = r->lo;
		if (*p == '-') {
			p++;
			r->hi = *p == ',' || *p == '\0' ? UINT32_MAX :
			    field_number(&p);
		}
		if (r->lo == 0 || r->hi == 0 || r->lo > r->hi ||
		    (*p != ',' && *p != '\0')) {
			err_usage("invalid field list '%s': expected numbers "
			    "from 1 to %d as N, N-M, N- or -M, joined by commas",
			    list, INT32_MAX);
			return -1;
		}
		if (r->lo > c->need)
			c->need = r->lo;
		if (*p++ == '\0')
			return 0;
	}
}

/* The language of names from the environment: LC_ALL, LC_TIME, LANG. */
static const char *
env_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_TIME", "LANG" };
	const char *v;
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0') {
			if (strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0 ||
			    strncmp(v, "C.", 2) == 0)
				return "en";
			return v;
		}
	return "en";
}

/* Does some name set have names in lang (or is it "native")? */
static int
lang_known(const char *lang)
{
	return strcasecmp(lang, "native") == 0 || names_has_lang(lang);
}

/* Refuse directives that cannot be read back. */
static int
input_only(const struct fmt_prog *p, char *msg, size_t size, size_t *off)
{
	int i;

	for (i = 0; i < p->nops; i++)
		if (p->ops[i].conv == 'C' && p->ops[i].mod != 'E') {
			*off = (size_t)0;
			snprintf(msg, size, "'%%C' cannot be read");
			return -1;
		}
	return 0;
}

/*
 * Give each target its rendering context and program: the --format
 * program, or with native digits the calendar's default notation
 * compiled, or none for the fast default writer.
 */
static int
set_targets(struct conv *c, const struct fmt_prog *prog,
    struct fmt_prog native[CAL_SHAPE_MAX], const char *lang, int all_native)
{
	char msg[128];
	size_t off;
	int i;

	for (i = 0; i < c->nto; i++) {
		fmt_context(&c->ctx[i], c->to[i], lang, all_native);
		c->out[i] = prog;
		/* Without a format, a notation: not every one has one. */
		if (prog == NULL && all_native &&
		    fmt_default_format(c->to[i]) != NULL) {
			struct fmt_prog *p = &native[c->to[i]->shape];

			if (p->nops == 0 && fmt_compile(p,
			    fmt_default_format(c->to[i]), msg, sizeof(msg),
			    &off) != 0)
				return -1;
			c->out[i] = p;
		}
	}
	return 0;
}

static int64_t
today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (now == (time_t)-1 || localtime_r(&now, &tm) == NULL)
		return 0;
	return fx_greg_fixed(tm.tm_year + INT64_C(1900), tm.tm_mon + 1,
	    tm.tm_mday);
}

static void
list(void)
{
	const struct calendar *const *t = cal_table();
	const char *const *a;
	char lo[FMT_DATE_MAX + 1], hi[FMT_DATE_MAX + 1];
	char range[2 * FMT_DATE_MAX + 8];
	struct cal_date d;
	int i, tty = isatty(STDOUT_FILENO);
	char sep = tty ? ' ' : '\t';

	if (tty)
		printf("%-16s %-30s %-10s %s\n", "CALENDAR", "ALIASES",
		    "KIND", "DESCRIPTION");
	for (i = 0; i < cal_count(); i++) {
		char aliases[256] = "-";
		size_t n = 0;

		/* The aliases, comma-separated (bounded: names are short). */
		for (a = t[i]->aliases; a != NULL && *a != NULL &&
		    n < sizeof(aliases); a++)
			n += (size_t)snprintf(aliases + n, sizeof(aliases) - n,
			    "%s%s", n > 0 ? "," : "", *a);
		t[i]->from_fixed(cal_rd_min(t[i]), &d);
		lo[fmt_default(t[i], &d, lo)] = '\0';
		t[i]->from_fixed(cal_rd_max(t[i]), &d);
		hi[fmt_default(t[i], &d, hi)] = '\0';
		/* A cycle's range is every day; its notation shows no span. */
		if (t[i]->cycle != 0)
			snprintf(range, sizeof(range), "repeats every %" PRId64
			    " days", t[i]->cycle);
		else
			snprintf(range, sizeof(range), "%s..%s", lo, hi);
		if (tty)
			printf("%-16s %-30s %-10s %s\n%16s range %s%s%s\n",
			    t[i]->id, aliases, kind_names[t[i]->kind],
			    t[i]->title, "", range,
			    t[i]->note != NULL ? "; " : "",
			    t[i]->note != NULL ? t[i]->note : "");
		else
			printf("%s%c%s%c%s%c%s%c%s%s%s\n", t[i]->id, sep,
			    aliases, sep, kind_names[t[i]->kind], sep, range,
			    sep, t[i]->title, t[i]->note != NULL ? "; " : "",
			    t[i]->note != NULL ? t[i]->note : "");
	}
}

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
run_operands(struct conv *c, const char **args)
{
	struct conv one;
	char name[64];
	const char *arg, *date;
	int rc = STREAM_OK;

	for (; args != NULL && *args != NULL && rc == STREAM_OK; args++) {
		/* A date that was hidden from popt: see main(). */
		arg = **args == HIDE ? *args + 1 : *args;
		date = split_operand(arg, name, sizeof(name));
		if (date == arg) {
			rc = stream_operand(c, date);
			continue;
		}
		one = *c;
		if ((one.from = source_named(name)) == NULL) {
			rc = stream_refused(c, arg);
			continue;
		}
		one.from_name = name;
		rc = stream_operand(&one, date);
	}
	return rc;
}

static int
run_files(struct conv *c, char **files, int nfiles)
{
	int i, fd, rc = STREAM_OK;

	for (i = 0; i < nfiles && rc == STREAM_OK; i++) {
		if (strcmp(files[i], "-") == 0) {
			rc = stream_fd(c, STDIN_FILENO, "-");
			continue;
		}
		if ((fd = open(files[i], O_RDONLY)) < 0) {
			err_at(ERR_IO, files[i], 0, "%s", strerror(errno));
			continue;
		}
		rc = stream_fd(c, fd, files[i]);
		close(fd);
	}
	return rc;
}

int
main(int argc, const char **argv)
{
	static struct fmt_prog prog;
	static struct conv c;
	poptContext pc;
	const char **args, **ops;
	char *from = NULL, *to = NULL, *format = NULL, *policy = NULL;
	char *fields = NULL, *delim = NULL, *lang_owned = NULL, *digits = NULL;
	const char *lang;
	char *info = NULL, *inputs[CONV_INPUTS_MAX];
	static struct fmt_prog inprog[CONV_INPUTS_MAX], native[CAL_SHAPE_MAX];
	static struct fmt_prog longform;
	int ninputs = 0;
	char **files = NULL, **hidden = NULL, msg[256], q[256];
	const char *lone[] = { "-", NULL };
	size_t off;
	int i, rc, nfiles = 0, status;

	/* Everything starts afresh, so main() may be called again. */
	memset(&c, 0, sizeof(c));
	o_quiet = o_zero = o_list = o_sed = 0;
	err_reset();

	/*
	 * popt would read "-0044-03-15" as options.  calconv has no digit
	 * options, so an argument of '-' and a digit that is not an
	 * option's value is a date: popt sees it behind a private prefix
	 * (ASCII US, which no date holds), taken off again below.
	 */
	if ((args = calloc((size_t)argc + 1, sizeof(*args))) == NULL ||
	    (hidden = calloc((size_t)argc + 1, sizeof(*hidden))) == NULL) {
		err_at(ERR_IO, NULL, 0, "%s", strerror(errno));
		free(args);
		return ERR_IO;
	}
	for (i = 0; i < argc; i++) {
		args[i] = argv[i];
		if (strcmp(argv[i], "--") == 0)
			break;
		if (i > 0 && argv[i][0] == '-' && argv[i][1] >= '0' &&
		    argv[i][1] <= '9' && !is_valued(argv[i - 1]) &&
		    (hidden[i] = malloc(strlen(argv[i]) + 2)) != NULL) {
			hidden[i][0] = HIDE;
			memcpy(hidden[i] + 1, argv[i], strlen(argv[i]) + 1);
			args[i] = hidden[i];
		}
	}
	for (; i < argc; i++)
		args[i] = argv[i];

	pc = poptGetContext("calconv", argc, args, opts, 0);
	poptSetOtherOptionHelp(pc, "[OPTION...] [DATE...]");
	while ((rc = poptGetNextOpt(pc)) > 0) {
		switch (rc) {
		case OPT_FROM:
			take(&from, pc);
			break;
		case OPT_TO:
			take(&to, pc);
			break;
		case OPT_FORMAT:
			take(&format, pc);
			break;
		case OPT_ONERROR:
			take(&policy, pc);
			break;
		case OPT_FIELD:
			take(&fields, pc);
			break;
		case OPT_DELIM:
			take(&delim, pc);
			break;
		case OPT_LANG:
			take(&lang_owned, pc);
			break;
		case OPT_DIGITS:
			take(&digits, pc);
			break;
		case OPT_INFO:
			take(&info, pc);
			break;
		case OPT_INPUT:
			if (ninputs == CONV_INPUTS_MAX) {
				err_usage("more than %d input formats",
				    CONV_INPUTS_MAX);
				goto done;
			}
			inputs[ninputs++] = poptGetOptArg(pc);
			break;
		case OPT_FILE: {
			char **f = realloc(files, sizeof(*files) *
			    (size_t)(nfiles + 1));

			if (f == NULL) {
				err_at(ERR_IO, NULL, 0, "%s", strerror(errno));
				goto done;
			}
			files = f;
			files[nfiles++] = poptGetOptArg(pc);
			break;
		}
		case OPT_HELP:
			poptPrintHelp(pc, stdout, 0);
			goto done;
		case OPT_USAGE:
			poptPrintUsage(pc, stdout, 0);
			goto done;
		case OPT_VERSION:
			printf("calconv " VERSION "\n"
			    "License GPLv3+: GNU GPL version 3 or later "
			    "<https://gnu.org/licenses/gpl.html>.\n"
			    "This is free software: you are free to change "
			    "and redistribute it.\n"
			    "There is NO WARRANTY, to the extent permitted by "
			    "law.\n");
			goto done;
		default:
			break;
		}
	}
	if (rc < -1) {
		err_usage("%s: %s", poptBadOption(pc, POPT_BADOPTION_NOALIAS),
		    poptStrerror(rc));
		goto done;
	}
	if (o_list) {
		list();
		goto done;
	}

	err_quiet = o_quiet;
	c.term = o_zero ? '\0' : '\n';
	c.from_name = from != NULL ? from : "gregorian";
	if ((c.from = source_named(c.from_name)) == NULL)
		goto done;
	if (policy != NULL && policy_named(policy, &c.policy) != 0)
		goto done;
	c.delim = '\t';
	if (fields != NULL && o_sed) {
		err_usage("--field and --sed cannot be used together");
		goto done;
	}
	if (delim != NULL && fields == NULL) {
		err_usage("--delimiter needs --field");
		goto done;
	}
	if (delim != NULL && (strlen(delim) != 1 || *delim == c.term)) {
		err_usage("the delimiter must be a single byte other than the "
		    "record terminator, not '%s'", delim);
		goto done;
	}
	if (delim != NULL)
		c.delim = *delim;
	if (fields != NULL) {
		if (field_list(&c, fields) != 0)
			goto done;
		c.mode = MODE_FIELD;
	} else if (o_sed) {
		c.mode = MODE_SED;
	}
	if (to == NULL && c.from == &cal_gregorian) {
		if (targets(&c, "all") != 0)
			goto done;
	} else if (to == NULL) {
		c.to[0] = &cal_gregorian;
		c.nto = 1;
	} else if (targets(&c, to) != 0) {
		goto done;
	}
	if (digits != NULL && strcmp(digits, "native") != 0 &&
	    strcmp(digits, "ascii") != 0) {
		err_usage("invalid value '%s' for '--digits': expected ascii or "
		    "native", digits);
		goto done;
	}
	lang = lang_owned != NULL ? lang_owned : env_lang();
	if (lang_owned != NULL && !lang_known(lang)) {
		err_usage("unknown language '%s' for '--lang' (try en, fa, ar, "
		    "he, am, hi, zh, ja, or native)", lang);
		goto done;
	}
	if (format != NULL &&
	    fmt_compile(&prog, format, msg, sizeof(msg), &off) != 0) {
		err_usage("bad output format '%s' at offset %zu: %s",
		    err_quote(q, sizeof(q), format, strlen(format)), off, msg);
		goto done;
	}
	for (i = 0; i < ninputs; i++) {
		if (fmt_compile(&inprog[i], inputs[i], msg, sizeof(msg),
		    &off) != 0 || input_only(&inprog[i], msg, sizeof(msg),
		    &off) != 0) {
			err_usage("bad input format '%s' at offset %zu: %s",
			    err_quote(q, sizeof(q), inputs[i],
			    strlen(inputs[i])), off, msg);
			goto done;
		}
		c.in[i] = &inprog[i];
		c.in_src[i] = inputs[i];
	}
	c.nin = ninputs;
	c.fast = c.from == &cal_gregorian && c.nin == 0 && c.mode == MODE_LINE;
	/* The fast paths do not check a target's range: a survey needs none. */
	for (i = 0; i < c.nto && !c.survey; i++)
		if (c.to[i]->min_rd != 0 || c.to[i]->max_rd != 0)
			c.fast = 0;
	if (info != NULL) {
		run_info(info, lang, digits != NULL &&
		    strcmp(digits, "native") == 0);
		goto done;
	}
	if (set_targets(&c, format != NULL ? &prog : NULL, native, lang,
	    digits != NULL && strcmp(digits, "native") == 0) != 0)
		goto done;
	if (c.fast && c.nto == 1 && c.out[0] == NULL)
		c.fast = 2;
	if (fmt_compile(&longform, "%A %-d %B %EY", msg, sizeof(msg),
	    &off) == 0)
		c.longform = &longform;
	c.today = today();

	ops = poptGetArgs(pc);
	c.table = ops != NULL && ops[0] != NULL && ops[1] == NULL &&
	    nfiles == 0 && c.nto > 1 && format == NULL &&
	    isatty(STDOUT_FILENO);
	rc = run_operands(&c, ops);
	if (rc == STREAM_OK && (nfiles > 0 || ops == NULL))
		rc = nfiles > 0 ? run_files(&c, files, nfiles) :
		    run_files(&c, (char **)lone, 1);
	if (rc == STREAM_ABORT)
		err_at(ERR_DATE, NULL, 0, "stopped at the first bad date "
		    "(--on-error=abort)");
done:
	status = close_stdout();
	pc = poptFreeContext(pc);
	free(from);
	free(to);
	free(format);
	free(policy);
	free(fields);
	free(delim);
	free(lang_owned);
	free(digits);
	free(info);
	for (i = 0; i < ninputs; i++)
		free(inputs[i]);
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	for (i = 0; i < argc; i++)
		free(hidden[i]);
	free(hidden);
	free(args);
	stream_free();
	return status > err_status() ? status : err_status();
}
