/*
 * unit.h: a very small test harness.  Each test is a function that
 * calls CHECK(); run.c prints TAP and the closing "N passed, N failed".
 */
#ifndef CALCONV_UNIT_H
#define CALCONV_UNIT_H

#include <stdint.h>
#include <stdio.h>

extern int	unit_failures;	/* failed CHECKs in the current test */

/*
 * Days between the days a walk of every day visits: 1 unless the
 * environment's UNIT_STRIDE says more (run.c).
 */
int64_t	unit_stride(void);

/* Report a failed check, at most a few per test so output stays short. */
#define CHECK(cond, ...) do {						\
	if (!(cond)) {							\
		if (unit_failures++ < 5) {				\
			printf("#   %s:%d: ", __FILE__, __LINE__);		\
			printf(__VA_ARGS__);				\
			printf("\n");					\
		}							\
	}								\
} while (0)

struct unit_test {
	const char	*name;
	void		(*fn)(void);
};

/* Each test file exports its list, terminated by { NULL, NULL }. */
extern const struct unit_test calendar_tests[], text_tests[], names_tests[],
    astro_tests[], chinese_tests[], arith_tests[];

#endif
