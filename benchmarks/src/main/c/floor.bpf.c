// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * The floor of the capture-overhead benchmark (dev.peregrine.bench.probe.OverheadBench): an empty program on the
 * same attach point as the probe's syscall program (tp_btf/sys_exit). Whatever a syscall pays with this attached is
 * the price of having any syscall tracepoint program at all (the kernel then takes the syscall slow path for every
 * task); the probe's own cost is what it adds on top. Compiled by run-probe-bench.sh with clang when available.
 */
#define SEC(name) __attribute__((section(name), used))

char LICENSE[] SEC("license") = "Dual MIT/GPL";

SEC("tp_btf/sys_exit")
int pg_floor(void *ctx)
{
	return 0;
}
