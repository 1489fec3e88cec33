package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.ArgumentKind.REQUIRED;
import static dev.peregrine.engine.fields.FieldType.ABSTIME;
import static dev.peregrine.engine.fields.FieldType.BOOL;
import static dev.peregrine.engine.fields.FieldType.BYTES;
import static dev.peregrine.engine.fields.FieldType.INT;
import static dev.peregrine.engine.fields.FieldType.RELTIME;
import static dev.peregrine.engine.fields.FieldType.STRING;
import static dev.peregrine.engine.fields.FieldType.UINT;

/** Falco's {@code evt.*} class: the event itself (type, time, arguments, result). */
final class EventFields {

    private EventFields() {
    }

    static void declare(FieldTable t) {
        t.add("evt.num", UINT, "Event number, increasing for each event read.")
                .shared("evt.type", STRING, "Event type: the syscall name (openat, execve) or the JVM operation.")
                .add("evt.type.is", UINT, REQUIRED, "1 if the event type is the argument (evt.type.is.open), else 0.")
                .add("evt.dir", STRING, "Event direction: > for enter events, < for exit events.")
                .add("evt.category", STRING, "Event category: file, net, process, memory, ipc...")
                .add("evt.cpu", INT, "Number of the CPU where the event happened.")
                .shared("evt.time", STRING, "Event time as a string with nanoseconds (09:12:31.123456789).")
                .shared("evt.time.s", STRING, "Event time as a string without fractional seconds.")
                .shared("evt.time.iso8601", STRING, "Event time in ISO 8601 with nanoseconds and time zone.")
                .shared("evt.datetime", STRING, "Event date and time as a string with nanoseconds.")
                .shared("evt.datetime.s", STRING, "Event date and time as a string without fractional seconds.")
                .shared("evt.rawtime", ABSTIME, "Absolute event time: nanoseconds since the epoch.")
                .shared("evt.rawtime.s", ABSTIME, "Integer part of the event time: seconds since the epoch.")
                .shared("evt.rawtime.ns", ABSTIME, "Fractional part of the event time, in nanoseconds.")
                .add("evt.reltime", RELTIME, "Time since the capture started, in nanoseconds.")
                .add("evt.latency", RELTIME, "Time between the enter and exit events of a syscall, in nanoseconds.")
                .add("evt.args", STRING, "All event arguments as one string (name=value pairs).")
                .dotted("evt.arg", STRING, REQUIRED,
                        "One event argument as a string, by name (evt.arg.flags) or position (evt.arg[0]).")
                .dotted("evt.rawarg", INT, REQUIRED,
                        "One event argument by name, unformatted (numeric arguments such as res, flags, fd).")
                .add("evt.info", STRING, "The event arguments, or a description of the event for non-syscalls.")
                .add("evt.buffer", BYTES, "The binary data buffer of read/write events.")
                .add("evt.buflen", UINT, "Length of the binary data buffer of read/write events.")
                .add("evt.res", STRING, "Event result: SUCCESS, or the error code name (ENOENT, EPERM...).")
                .add("evt.rawres", INT, "Event result as a number: the syscall return value.")
                .add("evt.failed", BOOL, "True for events that returned an error.")
                .add("evt.is_io", BOOL, "True for events that read or write FDs (read, send, recvfrom...).")
                .add("evt.is_io_read", BOOL, "True for events that read from FDs.")
                .add("evt.is_io_write", BOOL, "True for events that write to FDs.")
                .add("evt.io_dir", STRING, "Type of I/O: r for reads, w for writes.")
                .add("evt.is_wait", BOOL, "True for events that make the thread wait (sleep, select, poll).")
                .add("evt.is_syslog", BOOL, "True for writes to /dev/log.")
                .add("evt.is_open_read", BOOL, "True for open/openat/openat2/open_by_handle_at opening for reading.")
                .add("evt.is_open_write", BOOL, "True for open/openat/openat2/open_by_handle_at opening for writing.")
                .add("evt.is_open_exec", BOOL, "True for open events creating or opening a file with execute bits.")
                .add("evt.is_open_create", BOOL, "True for open events that created the file (O_CREAT and new).")
                .add("evt.abspath", STRING, "Absolute path of the event's path argument, resolved.")
                .add("evt.abspath.src", STRING, "Absolute source path of rename/link events, resolved.")
                .add("evt.abspath.dst", STRING, "Absolute target path of rename/link events, resolved.")
                .shared("evt.hostname", STRING, "Name of the host the event was captured on.")
                .shared("evt.source", STRING, "Source of the event: syscall or jvm.");
    }
}
