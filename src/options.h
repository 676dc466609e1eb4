/*
 * options.h: the command line, read into one struct.  Every value is
 * checked here; what comes out is a struct stream ready to run, or a
 * message and status 2.
 */
#ifndef CALCONV_OPTIONS_H
#define CALCONV_OPTIONS_H

#include <popt.h>

#include "calendar.h"
#include "convert.h"
#include "format.h"
#include "stream.h"

/* What options_parse() found to do. */
enum opt_action {
	OPTS_RUN,	/* convert the operands, or the files, or stdin */
	OPTS_LIST,	/* --list */
	OPTS_INFO,	/* --info CAL:YEAR[-MM] */
	OPTS_DONE,	/* --help, --usage or --version: printed */
	OPTS_FAIL	/* a usage error: reported */
};

struct options {
	struct stream	  st;		/* conversion and records, ready */
	const char	 *lang;		/* -L, or from the environment */
	int		  native;	/* --digits=native */
	const char	 *info;		/* --info's value */
	int		  formatted;	/* -o given */
	char		**files;	/* -F, in order */
	int		  nfiles;
	const char	**operands;	/* DATE operands, or NULL */
	int		  sed, quiet, zero, list;	/* -S -q -z -l */

	/* Owned here, freed by options_free(). */
	poptContext	  pc;
	int		  argc;
	const char	**args;
	char		**hidden;
	char		 *value[9];	/* the values of valued options */
	char		 *inputs[CONV_INPUTS_MAX];
	int		  ninputs;

	/*
	 * The compiled formats, last: options_parse() clears the struct
	 * only up to here (they are 8 KiB each), and a program is
	 * compiled before it is used, save natprog, which is compiled
	 * on first use (nops 0 until then): options_free() sets back the
	 * ones used, so that a start touches only its targets' pages.
	 */
	struct fmt_prog	  prog, inprog[CONV_INPUTS_MAX];
	struct fmt_prog	  natprog[CAL_SHAPE_MAX], longform;
};

/*
 * Read argv into *o, which is all zero (static) or was last given to
 * options_free().  Prints --help, --usage and --version; reports usage
 * errors.  Call options_free() whatever it returns.
 */
enum opt_action	options_parse(struct options *, int argc, const char **argv);

void		options_free(struct options *);

/*
 * Look up a calendar to convert from, or say why it cannot be one
 * (status 2) and return NULL.
 */
const struct calendar *options_source(const char *name);

#endif
