package dev.peregrine.cli.replay;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldDef;

/**
 * Binds fields to {@link ReplayEvent}s: a field reads the value stored under its canonical key, so
 * {@code proc.aname[2]} reads what the JSON key {@code "proc.aname[2]"} gave and {@code evt.arg.flags} what
 * {@code "evt.arg.flags"} (or {@code "evt.arg[flags]"}) gave. Fields the line did not give are not extractable.
 * Only for events of this package: the engine never mixes producers within one binder.
 */
public final class ReplayFieldBinder implements FieldBinder {

    @Override
    public Accessor bind(FieldDef field, String argument) {
        if (argument == null && TimeFields.NAMES.contains(field.name())) {
            return TimeFields.accessor(field.name());
        }
        String key = FieldKey.canonical(field.name(), argument);
        return e -> ((ReplayEvent) e).get(key);
    }
}
