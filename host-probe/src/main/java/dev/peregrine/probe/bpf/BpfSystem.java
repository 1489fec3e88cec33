package dev.peregrine.probe.bpf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks, before touching the kernel, that this machine can run the probe, and says precisely what is missing:
 * platform, privileges (from {@code CapEff} in /proc/self/status), kernel BTF, libbpf.
 */
public final class BpfSystem {

    /** The kernel's own BTF, needed for CO-RE relocation and tp_btf attachment. */
    public static final Path KERNEL_BTF = Path.of("/sys/kernel/btf/vmlinux");

    private static final int CAP_SYS_ADMIN = 21;
    private static final int CAP_PERFMON = 38;
    private static final int CAP_BPF = 39;

    private BpfSystem() {
    }

    /** Throws {@link BpfUnavailableException} naming the first missing requirement. */
    public static void requireAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new BpfUnavailableException(BpfUnavailableException.Reason.UNSUPPORTED_PLATFORM,
                    "the host probe runs on x86_64 Linux only (this is " + os + "/" + arch + ")");
        }
        long caps = effectiveCapabilities();
        boolean admin = bit(caps, CAP_SYS_ADMIN);
        if (!admin && !(bit(caps, CAP_BPF) && bit(caps, CAP_PERFMON))) {
            throw new BpfUnavailableException(BpfUnavailableException.Reason.NO_PRIVILEGE,
                    "loading BPF programs needs root or CAP_BPF+CAP_PERFMON (effective capabilities are 0x"
                            + Long.toHexString(caps) + "): run as root, or grant them, e.g. in the systemd unit"
                            + " AmbientCapabilities=CAP_BPF CAP_PERFMON CAP_SYS_RESOURCE CAP_SYS_PTRACE");
        }
        if (!Files.isReadable(KERNEL_BTF)) {
            throw new BpfUnavailableException(BpfUnavailableException.Reason.NO_BTF,
                    "kernel BTF is missing (" + KERNEL_BTF + " not readable): the probe needs a kernel built with"
                            + " CONFIG_DEBUG_INFO_BTF=y (the default of current Debian, Ubuntu, Fedora, RHEL kernels)");
        }
        Libbpf.get();
    }

    /** Number of possible CPUs (the slot count of per-CPU map values). */
    public static int possibleCpus() {
        try {
            int n = (int) Libbpf.get().numPossibleCpus.invokeExact();
            if (n <= 0) {
                throw new IllegalStateException("libbpf_num_possible_cpus: " + NativeCall.describe(n));
            }
            return n;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw Errors.unexpected("libbpf_num_possible_cpus", t);
        }
    }

    static long effectiveCapabilities() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    return Long.parseUnsignedLong(line.substring(7).trim(), 16);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static boolean bit(long caps, int cap) {
        return (caps & (1L << cap)) != 0;
    }
}
