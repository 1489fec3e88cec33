package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Accessor;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code evt.arg.NAME}, {@code evt.arg[N]}, {@code evt.rawarg.NAME} and {@code evt.args}. A name means different
 * positions in different syscalls ({@code flags} is arg 2 of openat, 1 of memfd_create), so binding resolves, once,
 * the name's {@link ArgSpec} for every syscall that has it; evaluation is then one map lookup by event type.
 */
final class ArgBinding {
    private ArgBinding() {
    }

    static Accessor text(String arg) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("evt.arg needs an argument name or index");
        }
        if (isIndex(arg)) {
            int n = Integer.parseInt(arg);
            return Acc.text(e -> {
                ArgSpec[] specs = ArgTable.of(e.type());
                return n < specs.length ? specs[n].text(e) : null;
            });
        }
        Map<String, ArgSpec> byType = byType(arg);
        return Acc.text(e -> {
            ArgSpec s = byType.get(e.type());
            return s == null ? null : s.text(e);
        });
    }

    static Accessor raw(String arg) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("evt.rawarg needs an argument name");
        }
        Map<String, ArgSpec> byType = byType(arg);
        Accessor number = Acc.number(e -> {
            ArgSpec s = byType.get(e.type());
            return s == null ? Accessor.ABSENT : s.raw(e);
        });
        return new Accessor() {
            @Override
            public Object value(dev.peregrine.engine.event.Event e) {
                if (!(e instanceof SyscallEvent s)) {
                    return null;
                }
                ArgSpec spec = byType.get(s.type());
                if (spec == null) {
                    return null;
                }
                long v = spec.raw(s);
                return v != ABSENT ? Long.valueOf(v) : spec.text(s); // string arguments have no number
            }

            @Override
            public long number(dev.peregrine.engine.event.Event e) {
                return number.number(e);
            }
        };
    }

    /** {@code evt.args}: {@code name=value} pairs of the arguments we have, as Falco prints them. */
    static String all(SyscallEvent e) {
        StringBuilder sb = new StringBuilder();
        for (ArgSpec s : ArgTable.of(e.type())) {
            String v = s.text(e);
            if (v != null) {
                sb.append(sb.isEmpty() ? "" : " ").append(s.name).append('=').append(v);
            }
        }
        return sb.toString();
    }

    private static Map<String, ArgSpec> byType(String name) {
        Map<String, ArgSpec> out = new HashMap<>();
        for (String type : ArgTable.types()) {
            for (ArgSpec s : ArgTable.of(type)) {
                if (s.name.equals(name)) {
                    out.put(type, s);
                }
            }
        }
        return out;
    }

    private static boolean isIndex(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            if (!Character.isDigit(arg.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
