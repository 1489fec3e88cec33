package dev.peregrine.agent.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a started process's environment changes relative to this JVM's: {@code KEY=VALUE} for an added or changed
 * variable, {@code -KEY} for a removed one. {@code ProcessImpl.start} receives null when the application never
 * touched {@code ProcessBuilder.environment()}: then nothing changed.
 */
final class EnvironmentDiff {

    private EnvironmentDiff() {
    }

    static List<String> changes(Map<String, String> environment) {
        if (environment == null) {
            return List.of();
        }
        Map<String, String> own = System.getenv();
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            if (!entry.getValue().equals(own.get(entry.getKey()))) {
                changes.add(entry.getKey() + "=" + entry.getValue());
            }
        }
        for (String key : own.keySet()) {
            if (!environment.containsKey(key)) {
                changes.add("-" + key);
            }
        }
        return changes;
    }
}
