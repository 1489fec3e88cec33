package dev.peregrine.agent.transport;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.agent.capture.PidNamespace;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.agent.pipeline.EventSink;
import dev.peregrine.engine.transport.RingLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether events go to the host probe: with {@code mode=probe} always (a missing directory is reported and
 * events are not evaluated; a probe started later picks the ring up), with {@code mode=auto} only when a probe is
 * running at start ({@link ProbePresence}); otherwise the caller falls back to the embedded engine.
 */
public final class ProbeTransport {

    private ProbeTransport() {
    }

    /** The ring sink, or empty when events must not (auto: cannot) go to the probe. */
    public static Optional<EventSink> open(AgentOptions options, ProcessInfo proc) {
        if (options.mode() == AgentOptions.Mode.EMBEDDED) {
            return Optional.empty();
        }
        Path dir = options.ringDir();
        boolean required = options.mode() == AgentOptions.Mode.PROBE;
        if (!Files.isDirectory(dir)) {
            if (required) {
                AgentLog.warn("mode=probe: ring directory " + dir + " does not exist (is the host probe running?);"
                        + " events are not evaluated");
            }
            return Optional.empty();
        }
        if (!required && !ProbePresence.running(dir)) {
            if (!PidNamespace.initial(PidNamespace.inode()) && Files.exists(dir.resolve(RingLayout.PROBE_FILE))) {
                // In a container the probe's liveness is its file's freshness; a stale one deserves a word.
                AgentLog.info("mode=auto: the probe's announcement in " + dir + " is not fresh (or not root's);"
                        + " using the embedded engine (set mode=probe to always use the host probe)");
            }
            return Optional.empty();
        }
        try {
            RingFile file = RingFile.create(dir, proc.pid(), options.ringSize());
            AgentLog.info("events go to the host probe through " + file.path());
            return Optional.of(new RingSink(file));
        } catch (Exception e) {
            AgentLog.warn("cannot create the probe ring in " + dir + ": " + e
                    + (required ? "; events are not evaluated" : "; using the embedded engine"));
            return Optional.empty();
        }
    }
}
