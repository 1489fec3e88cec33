/**
 * Hand-written FFM bindings to the system libbpf ({@code libbpf.so.1}, 1.1.2 or newer): open a BPF ELF object,
 * configure it ({@code .rodata}, map sizes), load it, attach programs, and reach its maps.
 *
 * <p>Design:
 * <ul>
 *   <li>Spec / object split as in cilium/ebpf: {@link dev.peregrine.probe.bpf.BpfObject#open} only parses the ELF and
 *       needs no privileges (tests read its {@link dev.peregrine.probe.bpf.Btf} to check struct layouts anywhere);
 *       everything kernel dependent happens in {@code load()} and {@code attach()}.</li>
 *   <li>One sentinel error, {@link dev.peregrine.probe.bpf.BpfUnavailableException}, with a
 *       {@link dev.peregrine.probe.bpf.BpfUnavailableException.Reason}: missing privileges, BTF, libbpf or a kernel
 *       refusal, each with a message saying how to fix it. {@link dev.peregrine.probe.bpf.BpfSystem} checks the cheap
 *       ones up front so the message names the cause rather than an errno.</li>
 *   <li>No jextract and no home-made ELF loader: about twenty libbpf functions, each linked once
 *       ({@code Libbpf}). errno is captured by the linker ({@code captureCallState}) because the JVM may change it
 *       between a call and a later read.</li>
 *   <li>libbpf's log goes to SLF4J without touching C varargs from Java: the {@code va_list} pointer is handed to
 *       {@code vsnprintf} ({@code LibbpfLog}); its last warning lines (the verifier log) are quoted in errors.</li>
 *   <li>Nothing here is on a hot path: map element access is one {@code bpf(2)} syscall per call and allocates.</li>
 * </ul>
 */
package dev.peregrine.probe.bpf;
