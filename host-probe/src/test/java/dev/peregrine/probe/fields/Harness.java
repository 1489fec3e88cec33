package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldMatch;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.probe.state.HostState;
import dev.peregrine.probe.state.ProcFds;
import dev.peregrine.probe.state.ProcReader;
import dev.peregrine.probe.state.ProcessTable;
import dev.peregrine.probe.state.UserTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Host state over a fake, empty {@code /proc} (so nothing is read from the machine) and sample passwd/group files,
 * plus the binder and helpers to read a field from the current event by the name a rule would use.
 */
final class Harness {
    final HostState state;
    final SyscallEvents events;
    final SyscallFieldBinder binder = new SyscallFieldBinder(1_000, "testhost");
    SyscallEvent current;

    Harness(Path dir) throws Exception {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        Path passwd = write(dir.resolve("passwd"), """
            root:x:0:0:root:/root:/bin/bash
            alice:x:1000:1000:Alice:/home/alice:/bin/zsh
            """);
        Path group = write(dir.resolve("group"), "root:x:0:\nstaff:x:50:\nalice:x:1000:\n");
        state = new HostState(new ProcessTable(1024, new ProcReader(proc)), new UserTable(passwd, group, 0),
            new ProcFds(proc));
        events = new SyscallEvents(state);
    }

    private static Path write(Path f, String content) throws Exception {
        Files.writeString(f, content);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        return f;
    }

    SyscallEvent feed(SyscallData record) {
        current = events.next(record);
        return current;
    }

    /** Binds {@code name} as a rule writes it ({@code proc.aname[2]}, {@code evt.arg.flags}). */
    Accessor accessor(String name) {
        String base = name;
        String arg = null;
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            base = name.substring(0, bracket);
            arg = name.substring(bracket + 1, name.length() - 1);
        }
        FieldMatch m = FieldRegistry.standard().resolve(base).orElseThrow(() -> new AssertionError("unknown " + name));
        FieldDef def = m.field();
        return binder.bind(def, arg != null ? arg : m.argument());
    }

    Object value(String name) {
        return accessor(name).value(current);
    }

    long number(String name) {
        return accessor(name).number(current);
    }
}
