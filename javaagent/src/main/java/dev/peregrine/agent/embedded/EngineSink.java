package dev.peregrine.agent.embedded;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.Interest;
import dev.peregrine.agent.pipeline.EventSink;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.sink.AlertSink;
import java.util.List;

/**
 * The embedded engine as a consumer sink: each event is evaluated against the loaded {@code jvm} rules on the
 * consumer thread, and each alert handed to every alert output. An output that throws is counted and the others
 * still get the alert. {@code delayMillis} and {@code throwing} are fault injection for tests (a slow or broken
 * engine must not be visible to the application).
 */
public final class EngineSink implements EventSink, AlertSink {

    private final Engine engine;
    private final JvmEvent event;
    private final List<AlertSink> outputs;
    private final long delayMillis;
    private final boolean throwing;
    private final Interest interest;
    private long alerts;

    EngineSink(Engine engine, JvmEvent event, List<AlertSink> outputs, long delayMillis, boolean throwing) {
        this.engine = engine;
        this.event = event;
        this.outputs = List.copyOf(outputs);
        this.delayMillis = delayMillis;
        this.throwing = throwing;
        this.interest = RuleInterest.of(engine.ruleset());
    }

    /** Only what the loaded rules can match (see {@link RuleInterest}). */
    @Override
    public Interest interest() {
        return interest;
    }

    @Override
    public void accept(CapturedEvent e) throws InterruptedException {
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        if (throwing) {
            throw new IllegalStateException("injected engine failure (test.fault=engine-throws)");
        }
        event.set(e);
        engine.evaluate(event, this);
    }

    /** One alert from the engine: to every output. */
    @Override
    public void accept(Alert alert) {
        alerts++;
        for (int i = 0; i < outputs.size(); i++) {
            try {
                outputs.get(i).accept(alert);
            } catch (Throwable t) {
                AgentLog.failure("alert output " + outputs.get(i), t);
            }
        }
    }

    @Override
    public void close() {
        for (AlertSink output : outputs) {
            try {
                output.close();
            } catch (Throwable t) {
                AgentLog.failure("closing alert output " + output, t);
            }
        }
    }

    long alerts() {
        return alerts;
    }

    @Override
    public String toString() {
        return "embedded engine";
    }
}
