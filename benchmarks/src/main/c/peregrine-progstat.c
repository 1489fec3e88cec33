// SPDX-License-Identifier: Apache-2.0
/*
 * Time spent inside BPF programs, per run, for the host probe benchmarks (run-probe-bench.sh, part "progtime").
 * The overhead benchmark (OverheadBench) measures what a syscall pays in all, which on a shared machine is noisy;
 * this measures only the programs' own run time, with the kernel's BPF statistics (BPF_ENABLE_STATS: the kernel times
 * each run with sched_clock around the program, bpf_prog_run), which other load on the machine hardly disturbs.
 *
 *   peregrine-progstat -o OBJ [-p PROGRAM] [-w SLOT,SLOT...] -- COMMAND [ARGS...]
 *
 * Loads OBJ (its "pg_ring" map, if any, at 128 MiB: nobody drains it), marks the slots wanted in its "pg_wanted" map
 * (if it has one), attaches PROGRAM (default: every program), enables the statistics, runs COMMAND to completion and
 * prints one line per program: "prog=NAME runs=N avg_ns=X". The timing itself adds a constant (two sched_clock reads): an empty
 * program's avg_ns is that constant. Needs root and libbpf (compile with -lbpf).
 */
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int usage(void)
{
	fprintf(stderr, "usage: peregrine-progstat -o OBJ [-p PROGRAM] [-w SLOT,...] -- COMMAND [ARGS...]\n");
	return 2;
}

static int set_wanted(struct bpf_object *obj, char *slots)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, "pg_wanted");
	unsigned char one = 1;

	if (!map)
		return 0; /* an object without filter (the empty floor programs) */
	for (char *t = strtok(slots, ","); t; t = strtok(NULL, ",")) {
		int slot = atoi(t);

		if (bpf_map_update_elem(bpf_map__fd(map), &slot, &one, BPF_ANY)) {
			fprintf(stderr, "peregrine-progstat: cannot mark slot %d wanted\n", slot);
			return -1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *path = NULL, *only = NULL;
	char *slots = NULL;
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *ring;
	int c, stats_fd, status;
	pid_t child;

	while ((c = getopt(argc, argv, "o:p:w:")) != -1) {
		switch (c) {
		case 'o': path = optarg; break;
		case 'p': only = optarg; break;
		case 'w': slots = optarg; break;
		default: return usage();
		}
	}
	if (!path || optind >= argc)
		return usage();
	obj = bpf_object__open_file(path, NULL);
	if (!obj) {
		perror(path);
		return 1;
	}
	ring = bpf_object__find_map_by_name(obj, "pg_ring");
	if (ring)
		bpf_map__set_max_entries(ring, 128 << 20);
	if (bpf_object__load(obj)) {
		fprintf(stderr, "peregrine-progstat: loading %s failed (root? BTF?)\n", path);
		return 1;
	}
	if (slots && set_wanted(obj, slots))
		return 1;
	bpf_object__for_each_program(prog, obj) {
		if (only && strcmp(only, bpf_program__name(prog)) != 0)
			continue;
		if (!bpf_program__attach(prog)) {
			fprintf(stderr, "peregrine-progstat: attaching %s failed\n", bpf_program__name(prog));
			return 1;
		}
	}
	stats_fd = bpf_enable_stats(BPF_STATS_RUN_TIME); /* statistics stay on while this fd is open */
	if (stats_fd < 0) {
		perror("BPF_ENABLE_STATS");
		return 1;
	}
	child = fork();
	if (child == 0) {
		execv(argv[optind], argv + optind);
		perror(argv[optind]);
		_exit(127);
	}
	if (child < 0 || waitpid(child, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "peregrine-progstat: %s failed\n", argv[optind]);
		return 1;
	}
	bpf_object__for_each_program(prog, obj) {
		struct bpf_prog_info info = {};
		__u32 len = sizeof(info);

		if ((only && strcmp(only, bpf_program__name(prog)) != 0) ||
		    bpf_obj_get_info_by_fd(bpf_program__fd(prog), &info, &len))
			continue;
		printf("prog=%s runs=%llu avg_ns=%.1f\n", bpf_program__name(prog), (unsigned long long)info.run_cnt,
		       info.run_cnt ? (double)info.run_time_ns / info.run_cnt : 0.0);
	}
	close(stats_fd);
	bpf_object__close(obj);
	return 0;
}
