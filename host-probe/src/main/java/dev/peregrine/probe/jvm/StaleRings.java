package dev.peregrine.probe.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the ring of a JVM that is gone (killed before its shutdown hook ran). unlink(2) never follows a symbolic
 * link, so at worst a racing user makes the probe delete a name they could delete themselves in the sticky
 * directory; still only regular files are deleted, to remove nothing the probe did not recognise as a ring.
 */
final class StaleRings {

    private static final Logger LOG = LoggerFactory.getLogger(StaleRings.class);

    private StaleRings() {
    }

    static void delete(Path ring) {
        try {
            if (Files.isRegularFile(ring, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(ring);
                LOG.info("stale JVM ring {} deleted", ring);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete stale JVM ring {}: {}", ring, e.toString());
        }
    }
}
