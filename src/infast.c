/*
 * infast.c: the batch path of --input-format: whole records read by one
 * plain format (literals, %d %e %m %Y and month names) in the plainest
 * spelling, without the general reader's alternatives.  Anything else,
 * valid or not, is left to parse_format(), which reads and reports it.
 */
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "infields.h"
#include "informat.h"
#include "parse.h"

int
parse_format_plain(const struct fmt_prog *p, const struct calendar *cal)
{
	int j;

	/* Leap months and days add marks and affixes to numbers and names. */
	if (p->nops == 0 || cal->leap_months || cal->repeated != NULL)
		return 0;
	for (j = 0; j < p->nops; j++) {
		if (p->ops[j].mod != 0)
			return 0;
		switch (p->ops[j].conv) {
		case 0:
		case 'd':
		case 'e':
		case 'm':
		case 'Y':
			break;
		case 'B':
		case 'b':
		case 'h':
			if (cal->names == NULL)
				return 0;
			break;
		default:
			return 0;
		}
	}
	return 1;
}

/* Is c a blank to skip_space(), or may it start one (a UTF-8 lead)? */
static int
may_be_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    (unsigned char)c >= 0x80;
}

int
parse_format_fast(const struct fmt_prog *p, const struct calendar *cal,
    int64_t today, const char *s, size_t n, int64_t *rd)
{
	const struct cal_nameset *set = informat_set(cal);
	const struct names_index *index;
	const struct fmt_op *op;
	struct cal_error e;
	struct infields f;
	char buf[NAMES_TOKEN_MAX];
	size_t i = 0, k, max, count;
	int64_t v;
	int j, slot;

	memset(&f, 0, sizeof(f));
	f.weekday = f.era = -1;
	for (j = 0; j < p->nops; j++) {
		op = &p->ops[j];
		switch (op->conv) {
		case 0:
			/*
			 * Its bytes; a blank as exactly one space before no
			 * other blank, which read_literal()'s run of blanks
			 * reads the same.
			 */
			for (k = 0; k < op->len; k++, i++)
				if (i >= n || s[i] != op->text[k] ||
				    (s[i] == ' ' && (i + 1 == n ||
				    may_be_blank(s[i + 1]))))
					return 0;
			break;
		case 'B':
		case 'b':
		case 'h':
			/* A word of ASCII letters, match_name()'s one
			 * candidate, that names a month. */
			if (set == NULL || i >= n || !ascii_letter(s[i]) ||
			    (k = informat_ascii_word(s + i, n - i < NAMES_TOKEN_MAX ?
			    n - i : NAMES_TOKEN_MAX, buf)) == 0)
				return 0;
			if ((index = informat_index(set)) == NULL ||
			    (slot = names_find(index, NAMES_MONTH, buf, k)) < 0)
				return 0;
			f.slot = slot;
			i += k;
			break;
		default:
			/*
			 * ASCII digits, no blank or sign before them, as
			 * read_number() reads them; not so many that leading
			 * zeros would matter to its count of them.
			 */
			if ((max = (size_t)informat_digits_for(p, j, cal)) == 0)
				max = PARSE_YEAR_DIGITS + 1;
			v = 0;
			for (count = 0; i < n && ascii_digit(s[i]) &&
			    count < max; count++, i++)
				v = v * 10 + (s[i] - '0');
			if (count == 0 || count > PARSE_YEAR_DIGITS)
				return 0;
			if (op->conv == 'Y') {
				f.year = v;
				f.has_year = 1;
			} else if (op->conv == 'm') {
				f.month = (int)(v > INT32_MAX ? INT32_MAX : v);
				f.slot = 0;
			} else {
				f.day = (int)(v > INT32_MAX ? INT32_MAX : v);
			}
			break;
		}
	}
	return i == n && infields_date(cal, set, &f, today, rd, &e) == CAL_OK;
}
