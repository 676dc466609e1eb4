/*
 * oneshot.c: time whole processes, alternated.
 *
 *     oneshot RUNS CMD ARG... [:: CMD ARG...]...
 *
 * Runs each command RUNS times, round-robin (the order rotated every
 * round, after one round that is not counted), stdin and stdout
 * /dev/null, and prints one line per command:
 *
 *     index  runs  median_us  min_us  mean_us  minflt  maxrss_kib  failures
 *
 * The wall time of one run is posix_spawn() to the end of wait4(), on
 * CLOCK_MONOTONIC: what a shell pays for the command, less the shell.
 * minflt is the median of the child's minor plus major page faults and
 * maxrss the largest peak RSS, both from wait4()'s rusage.  A run that
 * does not exit 0 counts as a failure and is not timed.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define CMDS_MAX 16

struct cmd {
	char	**argv;
	long	 *ns, *flt;
	long	  maxrss;
	int	  n, failures;
};

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

static long
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

/* One run of c; keep its time unless counting is 0. */
static void
run(struct cmd *c, posix_spawn_file_actions_t *fa, int counting)
{
	struct rusage ru;
	long t0, t1;
	pid_t pid;
	int st;

	t0 = now_ns();
	if (posix_spawnp(&pid, c->argv[0], fa, NULL, c->argv, environ) != 0) {
		c->failures++;
		return;
	}
	if (wait4(pid, &st, 0, &ru) != pid) {
		c->failures++;
		return;
	}
	t1 = now_ns();
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		c->failures++;
		return;
	}
	if (!counting)
		return;
	c->ns[c->n] = t1 - t0;
	c->flt[c->n] = ru.ru_minflt + ru.ru_majflt;
	c->n++;
	if (ru.ru_maxrss > c->maxrss)
		c->maxrss = ru.ru_maxrss;
}

int
main(int argc, char **argv)
{
	struct cmd cmds[CMDS_MAX];
	posix_spawn_file_actions_t fa;
	int runs, ncmds = 0, i, r, k;

	if (argc < 3 || (runs = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: oneshot RUNS CMD ARG... [:: CMD...]\n");
		return 2;
	}
	memset(cmds, 0, sizeof(cmds));
	for (i = 2; i < argc && ncmds < CMDS_MAX; i++) {
		cmds[ncmds].argv = argv + i;
		while (i < argc && strcmp(argv[i], "::") != 0)
			i++;
		argv[i < argc ? i : argc] = NULL;
		cmds[ncmds].ns = calloc((size_t)runs, sizeof(long));
		cmds[ncmds].flt = calloc((size_t)runs, sizeof(long));
		if (cmds[ncmds].ns == NULL || cmds[ncmds].flt == NULL)
			return 2;
		ncmds++;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	for (r = 0; r <= runs; r++)
		for (k = 0; k < ncmds; k++)
			run(&cmds[(r + k) % ncmds], &fa, r > 0);
	for (k = 0; k < ncmds; k++) {
		struct cmd *c = &cmds[k];
		double sum = 0;

		if (c->n == 0) {
			printf("%d\t0\t-\t-\t-\t-\t-\t%d\n", k, c->failures);
			continue;
		}
		for (i = 0; i < c->n; i++)
			sum += (double)c->ns[i];
		qsort(c->ns, (size_t)c->n, sizeof(long), cmp_long);
		qsort(c->flt, (size_t)c->n, sizeof(long), cmp_long);
		printf("%d\t%d\t%.1f\t%.1f\t%.1f\t%ld\t%ld\t%d\n", k, c->n,
		    (double)c->ns[c->n / 2] / 1e3, (double)c->ns[0] / 1e3,
		    sum / c->n / 1e3, c->flt[c->n / 2], c->maxrss,
		    c->failures);
	}
	return 0;
}
