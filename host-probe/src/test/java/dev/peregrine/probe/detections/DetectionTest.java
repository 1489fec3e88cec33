package dev.peregrine.probe.detections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * What every detection test starts from: the shared live daemon, a fresh marker that ties alerts to this test's
 * commands, and a scratch directory (its real path, as the kernel reports it).
 */
abstract class DetectionTest {

    @TempDir
    Path tmp;

    LiveDaemon daemon;
    String m;

    @BeforeEach
    void startTest() throws Exception {
        daemon = LiveDaemon.get();
        tmp = tmp.toRealPath();
        m = Marker.next();
    }
}
