// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * The floor of the capture-overhead benchmark (dev.peregrine.bench.probe.OverheadBench): empty programs on the probe's
 * attach point. Whatever a syscall pays with one attached is the price of having any syscall tracepoint program at
 * all (the kernel then takes the syscall slow path for every task); the probe's own cost is what it adds on top.
 * pg_floor is a tp_btf program like the probe's pg_sys_exit; pg_floor_raw the same as a raw_tp, to compare the two
 * attach types (the benchmark attaches one at a time). Compiled by run-probe-bench.sh with clang when available.
 */
#define SEC(name) __attribute__((section(name), used))

char LICENSE[] SEC("license") = "Dual MIT/GPL";

SEC("tp_btf/sys_exit")
int pg_floor(void *ctx)
{
	return 0;
}

SEC("raw_tp/sys_exit")
int pg_floor_raw(void *ctx)
{
	return 0;
}
