/*
 * notation.h: writers of the notations of cyclic calendars
 * (CAL_SHAPE_CYCLE: haab.c, tzolkin.c, balinese.c), whose notation()
 * builds names such as "8 Cumku" from places in their cycles.
 */
#ifndef CALCONV_NOTATION_H
#define CALCONV_NOTATION_H

/*
 * Write a number 0..999, or a string, at out without a NUL, and return
 * the end.
 */
static inline char *
notation_put_num(char *out, int v)
{
	if (v >= 100)
		*out++ = (char)('0' + v / 100);
	if (v >= 10)
		*out++ = (char)('0' + v / 10 % 10);
	*out++ = (char)('0' + v % 10);
	return out;
}

static inline char *
notation_put_str(char *out, const char *s)
{
	while (*s != '\0')
		*out++ = *s++;
	return out;
}

#endif
