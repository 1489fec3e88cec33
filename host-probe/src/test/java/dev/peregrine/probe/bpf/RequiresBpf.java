package dev.peregrine.probe.bpf;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension shared by every kernel test: skips the class, loudly, when BPF is truly unavailable here (not
 * root / no CAP_BPF, no kernel BTF, no libbpf, not x86_64 Linux). With PEREGRINE_REQUIRE_BPF=1 (CI) the would-be
 * skip is a failure. A kernel that refuses our programs despite all that is never a skip: the test fails.
 */
public final class RequiresBpf implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            BpfSystem.requireAvailable();
        } catch (BpfUnavailableException e) {
            skipOrFail(e);
        }
    }

    /** Skips (or fails under PEREGRINE_REQUIRE_BPF=1) because of {@code e}. */
    public static void skipOrFail(BpfUnavailableException e) {
        if (e.reason() == BpfUnavailableException.Reason.KERNEL_REFUSED
                || e.reason() == BpfUnavailableException.Reason.BAD_OBJECT) {
            throw e;
        }
        String banner = "\n*** BPF UNAVAILABLE: kernel tests SKIPPED: " + e.getMessage() + " ***\n";
        if ("1".equals(System.getenv("PEREGRINE_REQUIRE_BPF"))) {
            Assertions.fail("PEREGRINE_REQUIRE_BPF=1 but " + e.getMessage(), e);
        }
        System.err.println(banner);
        Assumptions.abort(banner);
    }
}
