package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.RecordView;

/** Receives each JVM event; {@code view} is reused and valid only during the call. */
@FunctionalInterface
public interface JvmEventHandler {

    void onEvent(long pid, RecordView view);
}
