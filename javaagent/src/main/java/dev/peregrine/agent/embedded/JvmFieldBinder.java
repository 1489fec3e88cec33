package dev.peregrine.agent.embedded;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.JvmOp;
import dev.peregrine.agent.capture.OpenFlags;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldDef;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Binds the fields a {@code jvm} rule may name to accessors over {@link JvmEvent}: the {@code jvm.*} fields, the
 * {@code proc.*} and {@code user.*} basics of this JVM process, and the event's {@code evt.*} identity. Fields of an
 * operation that does not have them ({@code jvm.file.path} on a process start) read as absent. Numeric accessors
 * override {@code number} so evaluation does not box.
 */
final class JvmFieldBinder implements FieldBinder {

    @Override
    public Accessor bind(FieldDef field, String argument) {
        switch (field.name()) {
            case "evt.type": case "jvm.op": return text(ev -> ev.e.op.id());
            case "evt.source": return text(ev -> Sources.JVM);
            case "evt.rawtime": return number(JvmEvent::timestampNanos);
            case "evt.rawtime.s": return number(ev -> ev.timestampNanos() / 1_000_000_000L);
            case "evt.rawtime.ns": return number(ev -> ev.timestampNanos() % 1_000_000_000L);
            case "jvm.file.path": return text(ev -> isFile(ev.e) ? ev.e.path : null);
            case "jvm.file.target": return text(ev -> ev.e.target);
            case "jvm.file.flags": return list(ev -> ev.e.op == JvmOp.FILE_OPEN ? ev.flags() : null);
            case "jvm.file.write": return bool(ev -> ev.e.op == JvmOp.FILE_OPEN, ev -> OpenFlags.isWrite(ev.e.flags));
            case "jvm.exec.argv": return list(JvmEvent::argv);
            case "jvm.exec.cmdline": return text(JvmEvent::cmdline);
            case "jvm.exec.exe": return text(ev -> ev.e.argv != null && ev.e.argv.length > 0 ? ev.e.argv[0] : null);
            case "jvm.exec.cwd": return text(ev -> ev.e.cwd);
            case "jvm.net.address": return text(ev -> ev.e.address);
            case "jvm.net.host": return text(ev -> ev.e.host);
            case "jvm.net.port": return number(ev -> ev.e.address != null ? ev.e.port : Accessor.ABSENT);
            case "jvm.net.family": return text(ev -> ev.e.family);
            case "jvm.deser.class": return text(ev -> ev.e.className);
            case "jvm.jndi.name": return text(ev -> ev.e.jndiName);
            case "jvm.lib.path": return text(ev -> ev.e.op == JvmOp.NATIVE_LOAD ? ev.e.path : null);
            case "jvm.thread.name": return text(ev -> ev.e.threadName);
            // The Linux tid (carrier's for a virtual thread): what the kernel probe's thread.tid says.
            case "jvm.thread.tid": return number(ev -> ev.e.tid);
            case "jvm.thread.virtual": return bool(ev -> true, ev -> ev.e.virtualThread);
            case "jvm.caller": return text(ev -> ev.e.caller);
            case "jvm.stack": return list(ev -> ev.e.stack);
            case "jvm.stack.head": return text(ev -> ev.e.stack != null && !ev.e.stack.isEmpty() ? ev.e.stack.get(0) : null);
            case "jvm.main": return text(ev -> ev.proc.main());
            case "jvm.pid": case "proc.pid": return number(ev -> ev.proc.pid());
            case "proc.name": return text(ev -> ev.proc.name());
            case "proc.cmdline": return text(ev -> ev.proc.cmdline());
            case "proc.exepath": return text(ev -> ev.proc.exePath());
            case "user.name": return text(ev -> ev.proc.user());
            case "user.uid": return number(ev -> ev.proc.uid());
            default: return Accessor.NONE;
        }
    }

    private static boolean isFile(CapturedEvent e) {
        return e.op == JvmOp.FILE_OPEN || e.op == JvmOp.FILE_DELETE || e.op == JvmOp.FILE_RENAME;
    }

    private static Accessor text(Function<JvmEvent, String> f) {
        return e -> f.apply((JvmEvent) e);
    }

    private static Accessor list(Function<JvmEvent, java.util.List<String>> f) {
        return e -> f.apply((JvmEvent) e);
    }

    private static Accessor bool(Predicate<JvmEvent> present, Predicate<JvmEvent> value) {
        return e -> present.test((JvmEvent) e) ? Boolean.valueOf(value.test((JvmEvent) e)) : null;
    }

    private static Accessor number(ToLongFunction<JvmEvent> f) {
        return new Accessor() {
            @Override
            public Object value(dev.peregrine.engine.event.Event e) {
                long v = f.applyAsLong((JvmEvent) e);
                return v == ABSENT ? null : Long.valueOf(v);
            }

            @Override
            public long number(dev.peregrine.engine.event.Event e) {
                return f.applyAsLong((JvmEvent) e);
            }
        };
    }
}
