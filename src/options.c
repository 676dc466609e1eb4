/*
 * options.c: the command line.  Reads the options with popt into one
 * struct options, checks every value, and builds the struct stream the
 * conversion runs on.  Nothing here converts a date.
 */
#include <errno.h>
#include <stddef.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <popt.h>

#include "ascii.h"
#include "error.h"
#include "fixed.h"
#include "names.h"
#include "options.h"

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
	OPT_SED = 'S',
	OPT_QUIET = 'q',
	OPT_ZERO = 'z',
	OPT_LIST = 'l',
	OPT_VERSION = 256,
	OPT_DIGITS,
	OPT_INFO,
	OPT_USAGE
};

/* Where each valued option's value is kept in struct options. */
enum {
	V_FROM, V_TO, V_FORMAT, V_POLICY, V_FIELDS, V_DELIM, V_LANG,
	V_DIGITS, V_INFO, V_MAX
};
_Static_assert(V_MAX == sizeof(((struct options *)0)->value) /
    sizeof(char *), "struct options has a slot for each valued option");

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
	{ "sed", 'S', POPT_ARG_NONE, NULL, OPT_SED,
	  "convert every date found inside each record, leave the rest", NULL },
	{ "on-error", 'e', POPT_ARG_STRING, NULL, OPT_ONERROR,
	  "for a bad date: keep (default), skip, abort or empty", "POLICY" },
	{ "quiet", 'q', POPT_ARG_NONE, NULL, OPT_QUIET,
	  "no messages about bad dates (the exit status still tells)", NULL },
	{ "zero-terminated", 'z', POPT_ARG_NONE, NULL, OPT_ZERO,
	  "records end with NUL, not newline", NULL },
	{ "list", 'l', POPT_ARG_NONE, NULL, OPT_LIST,
	  "list the calendars, their aliases and ranges", NULL },
	{ "version", '\0', POPT_ARG_NONE, NULL, OPT_VERSION,
	  "print the version and exit", NULL },
	{ NULL, 'h', POPT_ARG_NONE, NULL, OPT_HELP,
	  "show this help and exit", NULL },
	{ NULL, '\0', POPT_ARG_INCLUDE_TABLE, help_opts, 0, "Help options:",
	  NULL },
	POPT_TABLEEND
};

/*
 * Does argument a take the next argument as its value?  Read off the
 * option table: "--name" or "-c" of an option with a string value, or
 * a cluster of short options ending in one ("-qf").
 */
static int
is_valued(const char *a)
{
	const struct poptOption *o;
	size_t n = strlen(a);

	for (o = opts; o->longName != NULL || o->shortName != '\0' ||
	    o->argInfo != 0; o++) {
		if ((o->argInfo & POPT_ARG_MASK) != POPT_ARG_STRING)
			continue;
		if (a[0] == '-' && a[1] == '-' && o->longName != NULL &&
		    strcmp(a + 2, o->longName) == 0)
			return 1;
		if (n >= 2 && a[0] == '-' && a[1] != '-' &&
		    o->shortName != '\0' && a[n - 1] == o->shortName)
			return 1;
	}
	return 0;
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
		conv_unknown(name);
	return NULL;
}

/*
 * Look up a calendar to convert from: one whose notation names only a
 * place in a cycle cannot be, so say why (status 2) and return NULL.
 */
const struct calendar *
options_source(const char *name)
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
field_list(struct stream *c, const char *list)
{
	const char *p = list;
	struct field_range *r;

	c->nranges = 0;
	c->need = 0;
	for (;;) {
		if (c->nranges == STREAM_RANGES_MAX) {
			err_usage("field list '%s' has more than %d parts", list,
			    STREAM_RANGES_MAX);
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
    struct fmt_prog *native, const char *lang, int all_native)
{
	char msg[128];
	size_t off;
	int i;

	for (i = 0; i < c->nto; i++) {
		fmt_context(&c->ctx[i], c->to[i], lang, all_native);
		c->out[i] = prog;
		/* A format that writes the default notation is that. */
		if (prog != NULL && fmt_is_default(prog, c->to[i], &c->ctx[i]))
			c->out[i] = NULL;
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

/*
 * The local date: the one reading of the clock and of the time zone
 * (/etc/localtime or $TZ's file), which only relative words and the
 * two-digit and cyclic years of -p formats ask for.
 */
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

/*
 * popt would read "-0044-03-15" as options.  calconv has no digit
 * options, so an argument of '-' and a digit that is not an option's
 * value is a date: popt sees it behind a private prefix (ASCII US,
 * which no date holds), taken off again by unhide().  Returns -1 when
 * out of memory.
 */
static int
hide_dates(struct options *o, int argc, const char **argv)
{
	int i;

	o->argc = argc;
	if ((o->args = calloc(2 * (size_t)argc + 2, sizeof(*o->args))) ==
	    NULL ||
	    (o->hidden = calloc((size_t)argc + 1, sizeof(*o->hidden))) ==
	    NULL) {
		err_at(ERR_IO, NULL, 0, "%s", strerror(errno));
		return -1;
	}
	for (i = 0; i < argc; i++) {
		o->args[i] = argv[i];
		if (strcmp(argv[i], "--") == 0)
			break;
		if (i > 0 && argv[i][0] == '-' && argv[i][1] >= '0' &&
		    argv[i][1] <= '9' && !is_valued(argv[i - 1]) &&
		    (o->hidden[i] = malloc(strlen(argv[i]) + 2)) != NULL) {
			o->hidden[i][0] = HIDE;
			memcpy(o->hidden[i] + 1, argv[i], strlen(argv[i]) + 1);
			o->args[i] = o->hidden[i];
		}
	}
	for (; i < argc; i++)
		o->args[i] = argv[i];
	return 0;
}

/*
 * The operands popt left, with the dates hidden from it shown again,
 * into o->operands (argc + 1 slots, allocated with o->args).
 */
static void
unhide(struct options *o)
{
	const char **ops = poptGetArgs(o->pc);
	int i;

	if (ops == NULL)
		return;
	o->operands = o->args + o->argc + 1;
	for (i = 0; ops[i] != NULL; i++)
		o->operands[i] = ops[i][0] == HIDE ? ops[i] + 1 : ops[i];
	o->operands[i] = NULL;
}

static void
version(void)
{
	printf("calconv " VERSION "\n"
	    "License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "This is free software: you are free to change "
	    "and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by "
	    "law.\n");
}

/* The value slot of option rc, or -1 for one without a kept value. */
static int
slot_of(int rc)
{
	switch (rc) {
	case OPT_FROM:		return V_FROM;
	case OPT_TO:		return V_TO;
	case OPT_FORMAT:	return V_FORMAT;
	case OPT_ONERROR:	return V_POLICY;
	case OPT_FIELD:		return V_FIELDS;
	case OPT_DELIM:		return V_DELIM;
	case OPT_LANG:		return V_LANG;
	case OPT_DIGITS:	return V_DIGITS;
	case OPT_INFO:		return V_INFO;
	default:		return -1;
	}
}

/*
 * Run popt over the arguments, keeping each value (the last of a
 * repeated option; every -p and -F) and the flags.  Returns OPTS_RUN to
 * go on, or what ended it.
 */
static enum opt_action
read_options(struct options *o)
{
	int rc, v;

	while ((rc = poptGetNextOpt(o->pc)) > 0) {
		if ((v = slot_of(rc)) >= 0) {
			free(o->value[v]);
			o->value[v] = poptGetOptArg(o->pc);
			continue;
		}
		switch (rc) {
		case OPT_SED:
			o->sed = 1;
			break;
		case OPT_QUIET:
			o->quiet = 1;
			break;
		case OPT_ZERO:
			o->zero = 1;
			break;
		case OPT_LIST:
			o->list = 1;
			break;
		case OPT_INPUT:
			if (o->ninputs == CONV_INPUTS_MAX) {
				err_usage("more than %d input formats",
				    CONV_INPUTS_MAX);
				return OPTS_FAIL;
			}
			o->inputs[o->ninputs++] = poptGetOptArg(o->pc);
			break;
		case OPT_FILE: {
			char **f = realloc(o->files, sizeof(*o->files) *
			    (size_t)(o->nfiles + 1));

			if (f == NULL) {
				err_at(ERR_IO, NULL, 0, "%s", strerror(errno));
				return OPTS_FAIL;
			}
			o->files = f;
			o->files[o->nfiles++] = poptGetOptArg(o->pc);
			break;
		}
		case OPT_HELP:
			poptPrintHelp(o->pc, stdout, 0);
			return OPTS_DONE;
		case OPT_USAGE:
			poptPrintUsage(o->pc, stdout, 0);
			return OPTS_DONE;
		case OPT_VERSION:
			version();
			return OPTS_DONE;
		default:
			break;
		}
	}
	if (rc < -1) {
		err_usage("%s: %s", poptBadOption(o->pc,
		    POPT_BADOPTION_NOALIAS), poptStrerror(rc));
		return OPTS_FAIL;
	}
	return OPTS_RUN;
}

/* Where the dates are in a record: -k, -S, -d.  Returns -1 after a message. */
static int
set_mode(struct options *o)
{
	struct stream *r = &o->st;
	const char *fields = o->value[V_FIELDS], *delim = o->value[V_DELIM];

	r->delim = '\t';
	if (fields != NULL && o->sed) {
		err_usage("--field and --sed cannot be used together");
		return -1;
	}
	if (delim != NULL && fields == NULL) {
		err_usage("--delimiter needs --field");
		return -1;
	}
	if (delim != NULL && (strlen(delim) != 1 || *delim == r->term)) {
		err_usage("the delimiter must be a single byte other than the "
		    "record terminator, not '%s'", delim);
		return -1;
	}
	if (delim != NULL)
		r->delim = *delim;
	if (fields != NULL) {
		if (field_list(r, fields) != 0)
			return -1;
		r->mode = MODE_FIELD;
	} else if (o->sed) {
		r->mode = MODE_SED;
	}
	return 0;
}

/*
 * The formats: -o, each -p, and the language and digits they are
 * written in.  Returns -1 after a message.
 */
static int
set_formats(struct options *o)
{
	struct conv *c = &o->st.cv;
	const char *format = o->value[V_FORMAT], *digits = o->value[V_DIGITS];
	char msg[256], q[256];
	size_t off;
	int i;

	if (digits != NULL && strcmp(digits, "native") != 0 &&
	    strcmp(digits, "ascii") != 0) {
		err_usage("invalid value '%s' for '--digits': expected ascii or "
		    "native", digits);
		return -1;
	}
	o->native = digits != NULL && strcmp(digits, "native") == 0;
	o->lang = o->value[V_LANG] != NULL ? o->value[V_LANG] : env_lang();
	if (o->value[V_LANG] != NULL && !lang_known(o->lang)) {
		err_usage("unknown language '%s' for '--lang' (try en, fa, ar, "
		    "he, am, hi, zh, ja, or native)", o->lang);
		return -1;
	}
	if (format != NULL &&
	    fmt_compile(&o->prog, format, msg, sizeof(msg), &off) != 0) {
		err_usage("bad output format '%s' at offset %zu: %s",
		    err_quote(q, sizeof(q), format, strlen(format)), off, msg);
		return -1;
	}
	o->formatted = format != NULL;
	for (i = 0; i < o->ninputs; i++) {
		if (fmt_compile(&o->inprog[i], o->inputs[i], msg, sizeof(msg),
		    &off) != 0 || input_only(&o->inprog[i], msg, sizeof(msg),
		    &off) != 0) {
			err_usage("bad input format '%s' at offset %zu: %s",
			    err_quote(q, sizeof(q), o->inputs[i],
			    strlen(o->inputs[i])), off, msg);
			return -1;
		}
		c->in[i] = &o->inprog[i];
		c->in_src[i] = o->inputs[i];
	}
	c->nin = o->ninputs;
	return 0;
}

/*
 * What the options make of the conversion: OPTS_RUN with o->st ready,
 * OPTS_INFO, or OPTS_FAIL after a message.
 */
static enum opt_action
build(struct options *o)
{
	struct stream *r = &o->st;
	struct conv *c = &r->cv;
	char *to = o->value[V_TO], msg[128];
	size_t off;

	err_quiet = o->quiet;
	r->term = o->zero ? '\0' : '\n';
	c->from_name = o->value[V_FROM] != NULL ? o->value[V_FROM] :
	    "gregorian";
	if ((c->from = options_source(c->from_name)) == NULL)
		return OPTS_FAIL;
	if (o->value[V_POLICY] != NULL &&
	    policy_named(o->value[V_POLICY], &r->policy) != 0)
		return OPTS_FAIL;
	if (set_mode(o) != 0)
		return OPTS_FAIL;
	if (to == NULL && c->from == &cal_gregorian) {
		if (targets(c, (char[]){ "all" }) != 0)
			return OPTS_FAIL;
	} else if (to == NULL) {
		c->to[0] = &cal_gregorian;
		c->nto = 1;
	} else if (targets(c, to) != 0) {
		return OPTS_FAIL;
	}
	if (set_formats(o) != 0)
		return OPTS_FAIL;
	if ((o->info = o->value[V_INFO]) != NULL)
		return OPTS_INFO;
	if (set_targets(c, o->formatted ? &o->prog : NULL, o->natprog,
	    o->lang, o->native) != 0)
		return OPTS_FAIL;
	/* Only main()'s terminal table, of several targets, writes it. */
	if (c->nto > 1 && !o->formatted && fmt_compile(&o->longform,
	    "%A %-d %B %EY", msg, sizeof(msg), &off) == 0)
		c->longform = &o->longform;
	stream_setup(r);
	return OPTS_RUN;
}

/*
 * Could the run ask for today?  A relative word ("today") is all ASCII
 * letters, so a date operand without one, read without -p formats, has
 * none in it, whole or in any field or span; records from files or
 * stdin are not known in advance.  The date of a "CAL:DATE" operand
 * follows its first colon, as main.c splits it.
 */
static int
needs_today(const struct options *o)
{
	const char *s, *colon;
	int i;

	if (o->st.cv.nin > 0 || o->nfiles > 0 || o->operands == NULL)
		return 1;
	for (i = 0; o->operands[i] != NULL; i++) {
		s = o->operands[i];
		if ((colon = strchr(s, ':')) != NULL && colon != s)
			s = colon + 1;
		for (; *s != '\0'; s++)
			if (ascii_letter(*s))
				return 1;
	}
	return 0;
}

enum opt_action
options_parse(struct options *o, int argc, const char **argv)
{
	enum opt_action act;

	memset(o, 0, offsetof(struct options, prog));
	if (hide_dates(o, argc, argv) != 0)
		return OPTS_FAIL;
	o->pc = poptGetContext("calconv", argc, o->args, opts, 0);
	poptSetOtherOptionHelp(o->pc, "[OPTION...] [DATE...]");
	if ((act = read_options(o)) != OPTS_RUN)
		return act;
	if (o->list)
		return OPTS_LIST;
	act = build(o);
	unhide(o);
	if (act == OPTS_RUN && needs_today(o))
		o->st.cv.today = today();
	return act;
}

void
options_free(struct options *o)
{
	const struct conv *c = &o->st.cv;
	int i, j;

	/*
	 * The native programs the targets were given are unused again for
	 * the next options_parse(); the others were never touched, and
	 * their pages of the static struct stay unmapped.
	 */
	for (i = 0; i < c->nto; i++)
		for (j = 0; j < CAL_SHAPE_MAX; j++)
			if (c->out[i] == &o->natprog[j])
				o->natprog[j].nops = 0;

	if (o->pc != NULL)
		o->pc = poptFreeContext(o->pc);
	for (i = 0; i < V_MAX; i++)
		free(o->value[i]);
	for (i = 0; i < o->ninputs; i++)
		free(o->inputs[i]);
	for (i = 0; i < o->nfiles; i++)
		free(o->files[i]);
	free(o->files);
	for (i = 0; o->hidden != NULL && i < o->argc; i++)
		free(o->hidden[i]);
	free(o->hidden);
	free(o->args);
}
