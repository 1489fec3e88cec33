package dev.peregrine.agent;

import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.agent.embedded.EmbeddedEngine;
import dev.peregrine.agent.pipeline.EventSink;
import java.util.List;

/** Chooses where events are evaluated from the mode: the host probe's ring, or the embedded engine. */
final class Evaluation {

    private Evaluation() {
    }

    static List<EventSink> sinks(AgentOptions options, ProcessInfo proc) throws java.io.IOException {
        java.util.Optional<EventSink> ring = dev.peregrine.agent.transport.ProbeTransport.open(options, proc);
        if (ring.isPresent()) {
            return List.of(ring.get());
        }
        if (options.mode() == AgentOptions.Mode.PROBE) {
            return List.of(); // ProbeTransport said why
        }
        return EmbeddedEngine.create(options, proc).map(List::of).orElse(List.of());
    }
}
