/*
 * format.h: dates -> text.  A --format string is compiled once into a
 * small program of literal runs and directives (fmtlang.h), then
 * rendered per date without allocation.
 */
#ifndef CALCONV_FORMAT_H
#define CALCONV_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fmtlang.h"
#include "names.h"

/* Bytes that fmt_default() may write, with room to spare. */
#define FMT_DATE_MAX	48

/* How numbers are written. */
enum fmt_numerals {
	FMT_NUM_ASCII,
	FMT_NUM_DECIMAL,	/* another script's decimal digits */
	FMT_NUM_HEBREW,
	FMT_NUM_ETHIOPIC
};

/* What rendering for one target calendar needs besides the date. */
struct fmt_ctx {
	const struct cal_nameset *set;	/* NULL: the calendar has no names */
	const struct cal_names	*names;	/* in the chosen language */
	const struct cal_names	*weekdays; /* weekday names, never NULL */
	const char		*lang;	/* language subtag, for case mapping */
	char			 langbuf[16];
	enum fmt_numerals	 native;	/* what %O writes */
	const char *const	*digits;	/* for FMT_NUM_DECIMAL */
	int			 all_native;	/* --digits=native */
	int			 hebrew_years;	/* years of the Hebrew calendar */
};

/*
 * Set up *ctx for rendering dates of cal in language lang ("en", "fa",
 * "native", or a locale name such as "fa_IR.UTF-8"); all_native makes
 * every number native, as if each directive had %O.
 */
void	fmt_context(struct fmt_ctx *, const struct calendar *,
	    const char *lang, int all_native);

/*
 * Render a valid date d of calendar cal (fixed day rd) by prog into out,
 * which has room for prog->max bytes.  Returns the bytes written; no
 * NUL is added.
 */
size_t	fmt_render(const struct fmt_prog *, const struct calendar *,
	    const struct fmt_ctx *, const struct cal_date *, int64_t rd,
	    char *out);

/*
 * Write d in its calendar's default notation (YYYY-MM-DD, YYYY-Www-D,
 * YYYY-DDD, N, EY-MM-DD, B.K.T.U.K, or the backend's own for a cycle)
 * into out, which has room for FMT_DATE_MAX bytes.  Returns the bytes
 * written; no NUL is added.
 */
size_t	fmt_default(const struct calendar *, const struct cal_date *,
	    char *out);

/*
 * The format string of a calendar's default notation, or NULL when no
 * format writes it (the Maya long count).
 */
const char *fmt_default_format(const struct calendar *);

/*
 * Does prog, rendered with ctx, write exactly what fmt_default() writes
 * for every date of cal?  Then the default notation may stand in for it.
 * Only a program that is the default notation's own format, directive
 * for directive, with ASCII digits, in a shape whose notation writes its
 * numbers as those directives do (YYYY-MM-DD with its leap suffixes, a
 * count).
 */
int	fmt_is_default(const struct fmt_prog *, const struct calendar *,
	    const struct fmt_ctx *);

/* U+200E LEFT-TO-RIGHT MARK, to follow right-to-left words in tables. */
#define FMT_LRM	"\xe2\x80\x8e"

/* Does s hold a right-to-left letter (Hebrew, Arabic, Syriac, ...)? */
int	fmt_is_rtl(const char *s);

/* Write v in decimal, at least width digits padded with pad (or none). */
char	*fmt_int(char *out, int64_t v, int width, char pad);

#endif
