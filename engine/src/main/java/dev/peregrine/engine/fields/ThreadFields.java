package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.ArgumentKind.REQUIRED;
import static dev.peregrine.engine.fields.FieldType.BOOL;
import static dev.peregrine.engine.fields.FieldType.INT;
import static dev.peregrine.engine.fields.FieldType.RELTIME;
import static dev.peregrine.engine.fields.FieldType.STRING;

/** Falco's {@code thread.*} class: the thread that generated the event. */
final class ThreadFields {

    private ThreadFields() {
    }

    static void declare(FieldTable t) {
        t.add("thread.tid", INT, "Id of the thread that generated the event.")
                .add("thread.vtid", INT, "Id of the thread as seen from its own pid namespace.")
                .add("thread.ismain", BOOL, "True if the thread is the main thread of its process.")
                .add("thread.cap_effective", STRING, "Effective capabilities of the thread (CAP_SYS_ADMIN ...).")
                .add("thread.cap_permitted", STRING, "Permitted capabilities of the thread.")
                .add("thread.cap_inheritable", STRING, "Inheritable capabilities of the thread.")
                .add("thread.exectime", RELTIME, "CPU time spent by the last scheduled thread, in nanoseconds.")
                .add("thread.totexectime", RELTIME, "Total CPU time of the thread so far, in nanoseconds.")
                .add("thread.cgroups", STRING, "All cgroups the thread belongs to, as subsystem=path pairs.")
                .dotted("thread.cgroup", STRING, REQUIRED, "The thread's cgroup in one subsystem.");
    }
}
