package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldDef;

/**
 * The {@link FieldBinder} of syscall events: one accessor per field reference, resolved once at rule compile time.
 * Fields of the registry we cannot fill ({@code k8s.*}, container metadata, memory counters...) bind to
 * {@link Accessor#NONE}: they exist for rules, and never match.
 */
public final class SyscallFieldBinder implements FieldBinder {
    private final long startNanos;
    private final String hostname;
    private final FieldBinder jvmFields;

    /** @param startNanos capture start, the zero of {@code evt.reltime}; @param hostname {@code evt.hostname} */
    public SyscallFieldBinder(long startNanos, String hostname) {
        this(startNanos, hostname, null);
    }

    /**
     * @param jvmFields binds the {@code jvm.*} fields of a syscall event (the JVM call it was correlated with:
     *                  {@code dev.peregrine.probe.correlate}); null: they never match
     */
    public SyscallFieldBinder(long startNanos, String hostname, FieldBinder jvmFields) {
        this.startNanos = startNanos;
        this.hostname = hostname;
        this.jvmFields = jvmFields;
    }

    @Override
    public Accessor bind(FieldDef field, String argument) {
        if (!field.sources().contains(Sources.SYSCALL)) {
            return Accessor.NONE;
        }
        String name = field.name();
        int dot = name.indexOf('.');
        String family = dot < 0 ? name : name.substring(0, dot);
        return switch (family) {
            case "evt" -> EvtBinding.bind(name, argument, startNanos, hostname);
            case "proc", "thread" -> ProcBinding.bind(name, argument);
            case "fd" -> FdBinding.bind(name, argument);
            case "user", "group", "container" -> UserBinding.bind(name);
            case "jvm" -> jvmFields == null ? Accessor.NONE : jvmFields.bind(field, argument);
            default -> Accessor.NONE;
        };
    }
}
