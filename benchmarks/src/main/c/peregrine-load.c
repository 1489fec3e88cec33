// SPDX-License-Identifier: Apache-2.0
/*
 * Syscall load generator for the host probe benchmarks (dev.peregrine.bench.probe). One process runs one loop:
 *
 *   getppid    syscall(SYS_getppid): a syscall no rule needs (the probe's filter rejects it in the kernel)
 *   openclose  open(path, O_RDONLY) + close: glibc's open() is openat(2), which the default rules capture
 *   open2close the legacy open(2) syscall + close: for run-probe-bench.sh's progtime part, which captures only open(2)
 *              so that no other process's syscalls (glibc opens with openat) count as captured
 *   forkexec   fork + execve("/bin/true") + waitpid: process lifecycle (fork, exec, exit records)
 *
 * Options: -n COUNT (loop iterations; default 1000000), -t SECONDS (run for a duration instead), -r RATE (iterations
 * per second, paced in ~1 ms batches; 0 = as fast as possible), -c CPU (pin to one CPU), -p PATH (openclose file).
 * Prints one line: "mode=M ops=N ns=T ns_per_op=X" (T = wall time of the loop, CLOCK_MONOTONIC).
 *
 * Timing reads the vDSO clock (no syscall), and pacing sleeps with clock_nanosleep, which no rule captures, so the
 * generator adds nothing to the ring besides the loop's own syscalls.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void sleep_until(uint64_t deadline)
{
	struct timespec ts = { .tv_sec = deadline / 1000000000ull, .tv_nsec = deadline % 1000000000ull };

	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
		;
}

static void die(const char *what)
{
	perror(what);
	exit(2);
}

static void one_getppid(const char *path)
{
	(void)path;
	syscall(SYS_getppid);
}

static void one_openclose(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		die(path);
	close(fd);
}

static void one_open2close(const char *path)
{
	int fd = (int)syscall(SYS_open, path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		die(path);
	close(fd);
}

static void one_forkexec(const char *path)
{
	int status;
	pid_t pid = fork();

	(void)path;
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		char *argv[] = { "true", NULL };
		char *envp[] = { NULL };

		execve("/bin/true", argv, envp);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		die("waitpid /bin/true");
}

static void usage(void)
{
	fprintf(stderr, "usage: peregrine-load getppid|openclose|open2close|forkexec [-n COUNT] [-t SECONDS] [-r RATE] [-c CPU]"
			" [-p PATH]\n");
	exit(1);
}

int main(int argc, char **argv)
{
	void (*op)(const char *);
	const char *mode, *path = "/etc/hostname";
	uint64_t count = 1000000, rate = 0, duration_ns = 0, ops = 0, start, end, batch;
	int cpu = -1, c;

	if (argc < 2)
		usage();
	mode = argv[1];
	if (!strcmp(mode, "getppid"))
		op = one_getppid;
	else if (!strcmp(mode, "openclose"))
		op = one_openclose;
	else if (!strcmp(mode, "open2close"))
		op = one_open2close;
	else if (!strcmp(mode, "forkexec"))
		op = one_forkexec;
	else
		usage();
	optind = 2;
	while ((c = getopt(argc, argv, "n:t:r:c:p:")) != -1) {
		switch (c) {
		case 'n': count = strtoull(optarg, NULL, 10); break;
		case 't': duration_ns = (uint64_t)(strtod(optarg, NULL) * 1e9); break;
		case 'r': rate = strtoull(optarg, NULL, 10); break;
		case 'c': cpu = atoi(optarg); break;
		case 'p': path = optarg; break;
		default: usage();
		}
	}
	if (cpu >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(cpu, &set);
		if (sched_setaffinity(0, sizeof(set), &set))
			die("sched_setaffinity");
	}
	/* Pacing: check the clock once per batch of ~1 ms worth of iterations. */
	batch = rate ? (rate / 1000 ? rate / 1000 : 1) : 1024;
	start = now_ns();
	end = start;
	for (;;) {
		uint64_t n = duration_ns ? batch : (count - ops < batch ? count - ops : batch);

		if (n == 0)
			break;
		for (uint64_t i = 0; i < n; i++)
			op(path);
		ops += n;
		end = now_ns();
		if (duration_ns && end - start >= duration_ns)
			break;
		if (rate) {
			uint64_t due = start + ops * 1000000000ull / rate;

			if (due > end)
				sleep_until(due);
		}
	}
	end = now_ns();
	printf("mode=%s ops=%llu ns=%llu ns_per_op=%.1f\n", mode, (unsigned long long)ops,
	       (unsigned long long)(end - start), ops ? (double)(end - start) / ops : 0.0);
	return 0;
}
