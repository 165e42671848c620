#ifndef WISEMIND_TESTS_BENCH_SPAWN_H
#define WISEMIND_TESTS_BENCH_SPAWN_H

/* Timing a whole process, as a person waits for it: spawn to exit. */

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include "bench_clock.h"

extern char **environ;

/* Runs argv with stdout to out_fd, stdin and stderr /dev/null; the wall
 * time in ms from the spawn to the exit, or -1 when it failed or exited
 * with a status other than 0. */
static inline double bench_spawn_ms(char *const argv[], int out_fd)
{
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	double start = bench_now_ms();
	pid_t pid;
	int status;
	int ok = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) == 0 &&
	         waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
	double took = bench_now_ms() - start;
	posix_spawn_file_actions_destroy(&fa);
	return ok ? took : -1;
}

#endif
