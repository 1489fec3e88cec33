package dev.peregrine.engine;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.sink.AlertSink;

import java.util.ArrayList;
import java.util.List;

/** Keeps every alert (a copy: the engine lends its alerts only for the call), for assertions. */
public final class CollectingSink implements AlertSink {

    public final List<Alert> alerts = new ArrayList<>();

    @Override
    public synchronized void accept(Alert alert) {
        alerts.add(alert.copy());
    }

    public List<String> rules() {
        List<String> names = new ArrayList<>();
        for (Alert a : alerts) {
            names.add(a.rule());
        }
        return names;
    }
}
