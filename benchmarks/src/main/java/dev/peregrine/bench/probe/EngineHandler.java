package dev.peregrine.bench.probe;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.probe.fields.KernelRecordData;
import dev.peregrine.probe.fields.SyscallEvents;
import dev.peregrine.probe.kernel.SyscallRecord;
import dev.peregrine.probe.state.HostState;

/**
 * The daemon's per-record work, rebuilt from the same public parts as {@code dev.peregrine.probe.daemon.Daemon}
 * (which exposes no event or drop counts to measure with): host state update, then evaluation of the reused event
 * against the default rules. Alerts are counted, not formatted or written.
 */
final class EngineHandler implements EventSink {

    private final Engine engine;
    private final SyscallEvents events;
    private final KernelRecordData view = new KernelRecordData();
    private final AlertSink sink;
    private long count;
    private long alerts;
    private long errors;

    EngineHandler(DefaultRuleSet rules) {
        this.engine = rules.engine();
        HostState state = HostState.system();
        state.seed();
        this.events = new SyscallEvents(state);
        this.sink = alert -> alerts++;
    }

    @Override
    public void onRecord(SyscallRecord record) {
        count++;
        try {
            engine.evaluate(events.next(view.wrap(record)), sink);
        } catch (RuntimeException e) {
            errors++;
        }
    }

    @Override
    public void endOfBatch() {
        events.finish();
    }

    @Override
    public long events() {
        return count;
    }

    long alerts() {
        return alerts;
    }

    long errors() {
        return errors;
    }

    @Override
    public String describe() {
        return "engine (host state + default rules evaluation, as the daemon does)";
    }
}
