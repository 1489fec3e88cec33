package dev.peregrine.probe.jvm;

import static dev.peregrine.engine.transport.RingLayout.S_ADDRESS;
import static dev.peregrine.engine.transport.RingLayout.S_CALLER;
import static dev.peregrine.engine.transport.RingLayout.S_CLASS_NAME;
import static dev.peregrine.engine.transport.RingLayout.S_CWD;
import static dev.peregrine.engine.transport.RingLayout.S_FAMILY;
import static dev.peregrine.engine.transport.RingLayout.S_HOST;
import static dev.peregrine.engine.transport.RingLayout.S_JNDI_NAME;
import static dev.peregrine.engine.transport.RingLayout.S_PATH;
import static dev.peregrine.engine.transport.RingLayout.S_TARGET;
import static dev.peregrine.engine.transport.RingLayout.S_THREAD_NAME;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.jvm.JvmOpenFlags;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.probe.state.ProcessInfo;
import dev.peregrine.probe.state.UserEntry;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Binds the fields a {@code jvm} rule may name to accessors over {@link JvmRecordEvent}, with the same meaning as
 * the agent's embedded engine gives them over its own events (field for field: the agent's
 * {@code JvmFieldBinder}). The {@code jvm.*} fields come from the record; {@code proc.*}, {@code user.*} and
 * {@code jvm.pid} from the probe's host state for the ring's verified pid, because a record is written by the
 * JVM's owner and may lie about who it is.
 */
public final class JvmRecordBinder implements FieldBinder {

    @Override
    public Accessor bind(FieldDef field, String argument) {
        switch (field.name()) {
            case "evt.type": case "jvm.op": return text(JvmRecordEvent::op);
            case "evt.source": return text(ev -> Sources.JVM);
            case "evt.rawtime": return number(JvmRecordEvent::timestampNanos);
            case "evt.rawtime.s": return number(ev -> ev.timestampNanos() / 1_000_000_000L);
            case "evt.rawtime.ns": return number(ev -> ev.timestampNanos() % 1_000_000_000L);
            case "jvm.file.path": return text(ev -> isFile(ev) ? ev.string(S_PATH) : null);
            case "jvm.file.target": return text(ev -> ev.string(S_TARGET));
            case "jvm.file.flags": return list(ev -> ev.isOp("file_open") ? ev.flags() : null);
            case "jvm.file.write": return bool(ev -> ev.isOp("file_open"), ev -> JvmOpenFlags.isWrite(ev.v.number()));
            case "jvm.exec.argv": return list(JvmRecordEvent::argv);
            case "jvm.exec.cmdline": return text(JvmRecordEvent::cmdline);
            case "jvm.exec.exe": return text(ev -> first(ev.argv()));
            case "jvm.exec.cwd": return text(ev -> ev.string(S_CWD));
            case "jvm.net.address": return text(ev -> ev.string(S_ADDRESS));
            case "jvm.net.host": return text(ev -> ev.string(S_HOST));
            case "jvm.net.port": return number(ev -> ev.string(S_ADDRESS) != null ? ev.v.number() : Accessor.ABSENT);
            case "jvm.net.family": return text(ev -> ev.string(S_FAMILY));
            case "jvm.deser.class": return text(ev -> ev.string(S_CLASS_NAME));
            case "jvm.jndi.name": return text(ev -> ev.string(S_JNDI_NAME));
            case "jvm.lib.path": return text(ev -> ev.isOp("native_load") ? ev.string(S_PATH) : null);
            case "jvm.thread.name": return text(ev -> ev.string(S_THREAD_NAME));
            // The Linux tid (carrier's for a virtual thread) as the host sees it, what the kernel's thread.tid says:
            // the agent's for a JVM in the probe's PID namespace, translated for one in a container (absent when the
            // thread was gone before the probe could learn it).
            case "jvm.thread.tid": return number(ev -> ev.v.tid() > 0 ? ev.v.tid() : Accessor.ABSENT);
            case "jvm.thread.virtual": return bool(ev -> true, JvmRecordBinder::virtualThread);
            case "jvm.caller": return text(ev -> ev.string(S_CALLER));
            case "jvm.stack": return list(JvmRecordEvent::stack);
            case "jvm.stack.head": return text(ev -> first(ev.stack()));
            case "jvm.main": return text(ev -> ev.proc() == null ? null : JvmMainClass.of(ev.proc().args()));
            case "jvm.pid": case "proc.pid": return number(ev -> ev.pid);
            case "proc.name": return proc(ProcessInfo::comm);
            case "proc.cmdline": return proc(ProcessInfo::cmdline);
            case "proc.exepath": return proc(ProcessInfo::exePath);
            case "user.name": return text(ev -> ev.user() == null ? null : ev.user().name());
            case "user.uid": return number(ev -> ev.proc() == null ? Accessor.ABSENT
                    : Integer.toUnsignedLong(ev.proc().euid()));
            default: return Accessor.NONE;
        }
    }

    private static String first(List<String> list) {
        return list != null && !list.isEmpty() ? list.get(0) : null;
    }

    private static boolean virtualThread(JvmRecordEvent ev) {
        return (ev.v.flags() & RingLayout.FLAG_VIRTUAL_THREAD) != 0;
    }

    private static boolean isFile(JvmRecordEvent ev) {
        return ev.isOp("file_open") || ev.isOp("file_delete") || ev.isOp("file_rename");
    }

    private static Accessor proc(Function<ProcessInfo, String> f) {
        return text(ev -> ev.proc() == null ? null : f.apply(ev.proc()));
    }

    private static Accessor text(Function<JvmRecordEvent, String> f) {
        return e -> f.apply((JvmRecordEvent) e);
    }

    private static Accessor list(Function<JvmRecordEvent, List<String>> f) {
        return e -> f.apply((JvmRecordEvent) e);
    }

    private static Accessor bool(Predicate<JvmRecordEvent> present, Predicate<JvmRecordEvent> value) {
        return e -> present.test((JvmRecordEvent) e) ? Boolean.valueOf(value.test((JvmRecordEvent) e)) : null;
    }

    private static Accessor number(ToLongFunction<JvmRecordEvent> f) {
        return new Accessor() {
            @Override
            public Object value(Event e) {
                long v = f.applyAsLong((JvmRecordEvent) e);
                return v == ABSENT ? null : Long.valueOf(v);
            }

            @Override
            public long number(Event e) {
                return f.applyAsLong((JvmRecordEvent) e);
            }
        };
    }
}
