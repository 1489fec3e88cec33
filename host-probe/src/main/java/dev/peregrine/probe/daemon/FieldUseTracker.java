package dev.peregrine.probe.daemon;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldDef;

/**
 * The syscall binder, watched: the compiler binds every field a rule condition or output names, once per load, so
 * wrapping the binder tells which field families the loaded rules read, without any engine API for it. The daemon
 * uses it to decide whether fd-creating syscalls must be captured to keep the fd tables right (and the probe
 * benchmarks, through {@link WantedSyscalls}, to capture what the daemon would).
 */
public final class FieldUseTracker implements FieldBinder {

    private final FieldBinder delegate;
    private boolean fdFields;

    public FieldUseTracker(FieldBinder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Accessor bind(FieldDef field, String argument) {
        String name = field.name();
        // fd.* read the fd table; evt.abspath* resolve relative paths against directory fds of the same table.
        if (name.startsWith("fd.") || name.startsWith("evt.abspath")) {
            fdFields = true;
        }
        return delegate.bind(field, argument);
    }

    /** Forget what earlier loads bound; call right before a load. */
    void reset() {
        fdFields = false;
    }

    /** Sets the answer back after a failed load, so the running rules keep theirs. */
    void restore(boolean used) {
        fdFields = used;
    }

    /** Whether the rules bound since the last {@link #reset} read fd state. */
    public boolean fdFieldsUsed() {
        return fdFields;
    }
}
