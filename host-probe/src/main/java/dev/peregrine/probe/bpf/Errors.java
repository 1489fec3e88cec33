package dev.peregrine.probe.bpf;

import java.util.List;

/** Shared wording of BPF errors: hints per errno and the tail of libbpf's log. */
final class Errors {

    private static final int EPERM = 1;
    private static final int EACCES = 13;
    private static final int EINVAL = 22;
    private static final int E2BIG = 7;
    private static final int ENOTSUPP = 524;
    private static final int EOPNOTSUPP = 95;

    private Errors() {
    }

    static String hint(int errno) {
        return switch (Math.abs(errno)) {
            case EPERM -> " (needs root or CAP_BPF+CAP_PERFMON; kernel lockdown or"
                    + " kernel.unprivileged_bpf_disabled can also refuse)";
            case EACCES -> " (the verifier rejected a program: see the log below)";
            case EINVAL, ENOTSUPP, EOPNOTSUPP -> " (the kernel lacks a needed feature: Peregrine needs Linux 5.17+"
                    + " with BTF, tp_btf tracepoints, BPF ring buffer and bpf_loop)";
            case E2BIG -> " (program too complex for this kernel's verifier)";
            default -> "";
        };
    }

    /** The last libbpf warning lines as an indented block, or "" when libbpf said nothing. */
    static String libbpfTail() {
        List<String> lines = LibbpfLog.recentWarnings();
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nlibbpf said (last lines):");
        for (String line : lines) {
            sb.append("\n  ").append(line);
        }
        return sb.toString();
    }

    static IllegalStateException unexpected(String call, Throwable t) {
        return new IllegalStateException("native call " + call + " failed unexpectedly", t);
    }
}
