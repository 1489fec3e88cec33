package dev.peregrine.engine.sink;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test alerts. */
final class Alerts {

    static final long T = 1_795_425_151_123_456_789L; // 2026-11-23T09:12:31.123456789Z

    private Alerts() {
    }

    static Alert alert(String rule, Priority priority) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("proc.name", "bash");
        fields.put("fd.name", null);
        return new Alert(T, rule, priority, "syscall", "web-1", "shell (proc=bash file=<NA>) \"é\"\n", fields,
                List.of("shell"));
    }
}
