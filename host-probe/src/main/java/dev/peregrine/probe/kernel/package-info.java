/**
 * The kernel probe as the rest of Peregrine sees it: {@link dev.peregrine.probe.kernel.KernelProbe} (load, attach,
 * poll, change the wanted syscalls at runtime, drop counters, close) and
 * {@link dev.peregrine.probe.kernel.SyscallRecord}, the decoded record.
 *
 * <p>Design:
 * <ul>
 *   <li>The record layout is defined once, in C (host-probe/src/main/bpf/peregrine.h), and mirrored by
 *       {@link dev.peregrine.probe.kernel.EventLayout}; a test compares the two through the object's BTF.</li>
 *   <li>Decoding is lazy and in place: one mutable {@code SyscallRecord} is re-pointed at each ring record and
 *       handed to the handler; numbers are read straight from shared memory, Strings are made only when asked for.
 *       Handlers that keep a record call {@code copy()}.</li>
 *   <li>Timestamps: the kernel stamps CLOCK_MONOTONIC; the offset to the wall clock is measured once at open.</li>
 *   <li>Syscall numbers are x86_64's ({@link dev.peregrine.probe.kernel.SyscallNumbers}); slots 512/513 are the
 *       fork/exit lifecycle events. Paths are sent raw (relative paths with their dirfd); resolving them against the
 *       process's cwd/fd table is user space's job (dev.peregrine.probe.state).</li>
 * </ul>
 */
package dev.peregrine.probe.kernel;
