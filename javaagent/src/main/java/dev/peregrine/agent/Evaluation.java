package dev.peregrine.agent;

import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.agent.embedded.EmbeddedEngine;
import dev.peregrine.agent.pipeline.EventSink;
import java.util.List;

/** Chooses where events are evaluated from the mode: the embedded engine, or nowhere yet for {@code probe}. */
final class Evaluation {

    private Evaluation() {
    }

    static List<EventSink> sinks(AgentOptions options, ProcessInfo proc) throws java.io.IOException {
        if (options.mode() == AgentOptions.Mode.PROBE) {
            AgentLog.warn("mode=probe: the probe transport is not available yet; events are not evaluated");
            return List.of();
        }
        return EmbeddedEngine.create(options, proc).map(List::of).orElse(List.of());
    }
}
