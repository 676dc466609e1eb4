/*
 * run.c: runs every unit test, printing TAP (with each test's CPU time
 * after '#') and a closing line "N passed, N failed".  Exit status 1 if
 * any test failed.  UNIT_STRIDE=N makes the walks of every day visit
 * every Nth day.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "unit.h"

int	unit_failures;

/*
 * make check samples the walks (UNIT_STRIDE=5 in the release run, 11 in
 * the sanitizer and NDEBUG runs, strides prime to the week and to each
 * other); make check-full walks every day.
 */
int64_t
unit_stride(void)
{
	const char *s = getenv("UNIT_STRIDE");
	long v = s != NULL ? strtol(s, NULL, 10) : 1;

	return v >= 1 ? v : 1;
}

int
main(void)
{
	const struct unit_test *const lists[] = { calendar_tests, text_tests,
	    names_tests, astro_tests, chinese_tests, arith_tests };
	const struct unit_test *t;
	size_t i;
	clock_t t0;
	int n = 0, passed = 0, failed = 0;

	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		for (t = lists[i]; t->name != NULL; t++) {
			unit_failures = 0;
			t0 = clock();
			t->fn();
			n++;
			if (unit_failures == 0) {
				passed++;
				printf("ok %d - %s # %.1f s\n", n, t->name,
				    (double)(clock() - t0) / CLOCKS_PER_SEC);
			} else {
				failed++;
				printf("not ok %d - %s (%d failed checks) # %.1f s"
				    "\n", n, t->name, unit_failures,
				    (double)(clock() - t0) / CLOCKS_PER_SEC);
			}
			fflush(stdout);
		}
	printf("1..%d\n%d passed, %d failed\n", n, passed, failed);
	return failed != 0;
}
