package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.OpenFlags;
import dev.peregrine.agent.capture.ProcessInfo;
import java.util.Arrays;

/**
 * One event as a JSON object on one line, with the {@code jvm.*} field names (without the prefix) so a line reads
 * like the fields the rules see. Used by the event log ({@code events.file}).
 */
public final class EventJson {

    private EventJson() {
    }

    public static void append(StringBuilder b, CapturedEvent e, ProcessInfo proc) {
        b.append("{\"op\":");
        Json.string(b, e.op.id());
        Json.field(b, "ts", proc.epochNanos(e.monoNanos));
        Json.field(b, "mono", e.monoNanos);
        Json.field(b, "mono.end", e.endNanos);
        Json.field(b, "pid", proc.pid());
        Json.field(b, "tid", e.tid);
        Json.field(b, "thread.id", e.javaThreadId);
        Json.field(b, "thread.name", e.threadName);
        Json.field(b, "thread.virtual", e.virtualThread);
        switch (e.op) {
            case FILE_OPEN -> {
                Json.field(b, "file.path", e.path);
                Json.field(b, "file.flags", OpenFlags.names(e.flags));
                Json.field(b, "file.write", OpenFlags.isWrite(e.flags));
            }
            case FILE_DELETE -> Json.field(b, "file.path", e.path);
            case FILE_RENAME -> {
                Json.field(b, "file.path", e.path);
                Json.field(b, "file.target", e.target);
            }
            case PROCESS_START -> {
                Json.field(b, "exec.argv", Arrays.asList(e.argv));
                Json.field(b, "exec.cwd", e.cwd);
                Json.field(b, "exec.env", e.envChanges);
            }
            case NET_CONNECT, NET_BIND, NET_ACCEPT -> {
                Json.field(b, "net.family", e.family);
                Json.field(b, "net.address", e.address);
                Json.field(b, "net.path", e.path);
                if (e.address != null) {
                    Json.field(b, "net.port", e.port);
                }
            }
            case DESERIALIZE -> {
                Json.field(b, "deser.class", e.className);
                Json.field(b, "deser.resolved", e.resolved);
            }
            case JNDI_LOOKUP -> Json.field(b, "jndi.name", e.jndiName);
            case NATIVE_LOAD -> {
                Json.field(b, "lib.path", e.path);
                Json.field(b, "lib.ffm", e.ffm);
            }
            default -> {
            }
        }
        Json.field(b, "caller", e.caller);
        Json.field(b, "stack", e.stack);
        b.append('}');
    }
}
