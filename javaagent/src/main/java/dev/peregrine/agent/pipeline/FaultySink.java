package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.capture.CapturedEvent;

/**
 * Fault injection ({@code test.fault=sink-throws}): a sink that throws on every event, to prove that a broken sink
 * is counted and reported once, that the other sinks still get every event, and that the application sees nothing.
 */
public final class FaultySink implements EventSink {

    @Override
    public void accept(CapturedEvent e) {
        throw new IllegalStateException("injected sink failure (test.fault=sink-throws)");
    }

    @Override
    public String toString() {
        return "faulty sink";
    }
}
