package dev.peregrine.probe.bpf;

/**
 * BPF cannot be used here: one message naming what is missing and how to fix it, and a {@link Reason} that callers
 * (and tests deciding whether to skip) can switch on. Like cilium/ebpf's {@code ErrNotSupported}, it is the single
 * sentinel for "this machine cannot run the probe", as opposed to bugs, which surface as other exceptions.
 */
public final class BpfUnavailableException extends RuntimeException {

    /** What is missing. */
    public enum Reason {
        /** Not x86_64 Linux: the programs and syscall numbers are built for it. */
        UNSUPPORTED_PLATFORM,
        /** Neither root (CAP_SYS_ADMIN) nor CAP_BPF + CAP_PERFMON. */
        NO_PRIVILEGE,
        /** No kernel BTF (/sys/kernel/btf/vmlinux): CO-RE and tp_btf need it. */
        NO_BTF,
        /** The system libbpf.so.1 cannot be loaded. */
        NO_LIBBPF,
        /** The kernel refused to load or attach a program or map (verifier, lockdown, missing feature). */
        KERNEL_REFUSED,
        /** The BPF object is missing from the jar or is not a valid object. */
        BAD_OBJECT
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public BpfUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BpfUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
