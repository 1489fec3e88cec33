package dev.peregrine.engine.jvm;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldDef;
import java.util.List;

/**
 * Binds the fields a {@code jvm} rule may name to accessors over any {@link JvmEventView}: the {@code jvm.*}
 * fields, the {@code proc.*} and {@code user.*} basics of the JVM's process, and the event's {@code evt.*}
 * identity. The one place that says which value a field reads and on which operations, so the agent's embedded
 * engine and the host probe cannot disagree. Fields of an operation that does not have them
 * ({@code jvm.file.path} on a process start) read as absent. Numeric accessors override {@code number} so
 * evaluation does not box.
 */
public final class JvmFieldBinder implements FieldBinder {

    private static final String FILE_OPEN = "file_open";

    @Override
    public Accessor bind(FieldDef field, String argument) {
        switch (field.name()) {
            case "evt.type": case "jvm.op": return field(JvmEventView::op);
            case "evt.source": return field(JvmEventView::source);
            case "evt.rawtime": return number(JvmEventView::timestampNanos);
            case "evt.rawtime.s": return number(ev -> ev.timestampNanos() / 1_000_000_000L);
            case "evt.rawtime.ns": return number(ev -> ev.timestampNanos() % 1_000_000_000L);
            case "jvm.file.path": return field(ev -> isFile(ev.op()) ? ev.path() : null);
            case "jvm.file.target": return field(JvmEventView::target);
            case "jvm.file.flags": return field(ev -> FILE_OPEN.equals(ev.op()) ? ev.openFlagNames() : null);
            case "jvm.file.write": return field(ev -> FILE_OPEN.equals(ev.op())
                    ? Boolean.valueOf(JvmOpenFlags.isWrite(ev.openFlags())) : null);
            case "jvm.exec.argv": return field(JvmEventView::execArgv);
            case "jvm.exec.cmdline": return field(JvmEventView::execCmdline);
            case "jvm.exec.exe": return field(ev -> first(ev.execArgv()));
            case "jvm.exec.cwd": return field(JvmEventView::execCwd);
            case "jvm.net.address": return field(JvmEventView::netAddress);
            case "jvm.net.host": return field(JvmEventView::netHost);
            case "jvm.net.port": return number(ev -> ev.netAddress() != null ? ev.netPort() : Accessor.ABSENT);
            case "jvm.net.family": return field(JvmEventView::netFamily);
            case "jvm.deser.class": return field(JvmEventView::deserClass);
            case "jvm.jndi.name": return field(JvmEventView::jndiName);
            case "jvm.lib.path": return field(ev -> "native_load".equals(ev.op()) ? ev.path() : null);
            case "jvm.thread.name": return field(JvmEventView::threadName);
            // The Linux tid (carrier's for a virtual thread) as the host sees it: what the kernel's thread.tid says.
            case "jvm.thread.tid": return number(ev -> ev.threadTid() > 0 ? ev.threadTid() : Accessor.ABSENT);
            case "jvm.thread.virtual": return field(ev -> Boolean.valueOf(ev.threadVirtual()));
            case "jvm.caller": return field(JvmEventView::caller);
            case "jvm.stack": return field(JvmEventView::stack);
            case "jvm.stack.head": return field(ev -> first(ev.stack()));
            case "jvm.main": return field(JvmEventView::mainClass);
            case "jvm.pid": case "proc.pid": return number(JvmEventView::pid);
            case "proc.name": return field(JvmEventView::procName);
            case "proc.cmdline": return field(JvmEventView::procCmdline);
            case "proc.exepath": return field(JvmEventView::procExePath);
            case "user.name": return field(JvmEventView::userName);
            case "user.uid": return number(ev -> ev.userUid() >= 0 ? ev.userUid() : Accessor.ABSENT);
            default: return Accessor.NONE;
        }
    }

    private static boolean isFile(String op) {
        return FILE_OPEN.equals(op) || "file_delete".equals(op) || "file_rename".equals(op);
    }

    private static String first(List<String> list) {
        return list != null && !list.isEmpty() ? list.get(0) : null;
    }

    private static Accessor field(ObjectField f) {
        return f;
    }

    private static Accessor number(LongField n) {
        return n;
    }

    /** A string, list or boolean field: the view's value as it is. */
    @FunctionalInterface
    private interface ObjectField extends Accessor {
        Object read(JvmEventView ev);

        @Override
        default Object value(Event e) {
            return read((JvmEventView) e);
        }
    }

    /** A numeric field, {@link Accessor#ABSENT} when absent: read without boxing through {@code number}. */
    @FunctionalInterface
    private interface LongField extends Accessor {
        long read(JvmEventView ev);

        @Override
        default Object value(Event e) {
            long v = read((JvmEventView) e);
            return v == ABSENT ? null : Long.valueOf(v);
        }

        @Override
        default long number(Event e) {
            return read((JvmEventView) e);
        }
    }
}
