package dev.peregrine.probe.kernel;

import dev.peregrine.probe.bpf.RequiresBpf;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the kernel event tests share: one probe with the default configuration, loaded once per test class and
 * closed after it, and a fresh working directory per test for the child process. The static field is shared by the
 * subclasses, which is safe because JUnit runs the classes one after another here (no parallel execution is
 * configured), so each class opens its own probe and closes it before the next begins.
 */
@ExtendWith(RequiresBpf.class)
abstract class LiveProbeTest {

    static KernelProbe probe;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        probe = KernelProbe.open(ProbeConfig.defaults());
    }

    @AfterAll
    static void close() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }
}
