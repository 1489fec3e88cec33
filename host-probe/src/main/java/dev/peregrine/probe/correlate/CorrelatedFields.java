package dev.peregrine.probe.correlate;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.probe.fields.SyscallEvent;

/**
 * The {@code jvm.*} fields of a syscall event: {@code jvm.correlated} and {@code jvm.unexplained} from the
 * correlator's verdict, every other one read from the JVM call the event was joined with, through the JVM events'
 * own binder (so a field means the same on both sources), and absent ({@code <NA>}) when there was none.
 */
public final class CorrelatedFields implements FieldBinder {

    private final FieldBinder jvmCall;

    /** @param jvmCall the binder of {@code source: jvm} events, whose accessors read the joined call */
    public CorrelatedFields(FieldBinder jvmCall) {
        this.jvmCall = jvmCall;
    }

    @Override
    public Accessor bind(FieldDef field, String argument) {
        switch (field.name()) {
            case "jvm.correlated":
                return e -> Boolean.valueOf(((SyscallEvent) e).jvmCall() != null);
            case "jvm.unexplained":
                return e -> Boolean.valueOf(((SyscallEvent) e).unexplained());
            default:
                Accessor inner = jvmCall.bind(field, argument);
                return inner == Accessor.NONE ? Accessor.NONE : new Joined(inner);
        }
    }

    /** Reads {@code inner} from the joined call; absent without one. */
    private record Joined(Accessor inner) implements Accessor {
        @Override
        public Object value(Event e) {
            Event call = ((SyscallEvent) e).jvmCall();
            return call == null ? null : inner.value(call);
        }

        @Override
        public long number(Event e) {
            Event call = ((SyscallEvent) e).jvmCall();
            return call == null ? ABSENT : inner.number(call);
        }
    }
}
