package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Accessor factories. Each takes a function of the {@link SyscallEvent}; events of another kind read as absent.
 * Numeric accessors override {@link Accessor#number} with a primitive path, and booleans return the shared
 * {@link Boolean} constants, so evaluating them allocates nothing.
 */
final class Acc {
    /** Booleans are computed as ints: 1 true, 0 false, {@link #UNKNOWN} absent. */
    static final int UNKNOWN = -1;

    private Acc() {
    }

    @FunctionalInterface
    interface ToBool {
        /** 1, 0, or {@link Acc#UNKNOWN}. */
        int test(SyscallEvent e);
    }

    static Accessor text(Function<SyscallEvent, Object> f) {
        return e -> e instanceof SyscallEvent s ? f.apply(s) : null;
    }

    static Accessor number(ToLongFunction<SyscallEvent> f) {
        return new Accessor() {
            @Override
            public Object value(Event e) {
                long v = number(e);
                return v == ABSENT ? null : Long.valueOf(v);
            }

            @Override
            public long number(Event e) {
                return e instanceof SyscallEvent s ? f.applyAsLong(s) : ABSENT;
            }
        };
    }

    static Accessor bool(ToBool f) {
        return new Accessor() {
            @Override
            public Object value(Event e) {
                int v = e instanceof SyscallEvent s ? f.test(s) : UNKNOWN;
                return v == UNKNOWN ? null : v == 1 ? Boolean.TRUE : Boolean.FALSE;
            }

            @Override
            public long number(Event e) {
                int v = e instanceof SyscallEvent s ? f.test(s) : UNKNOWN;
                return v == UNKNOWN ? ABSENT : v;
            }
        };
    }

    static int of(boolean b) {
        return b ? 1 : 0;
    }
}
