package dev.peregrine.cli.replay;

import dev.peregrine.engine.fields.ArgumentKind;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldMatch;
import dev.peregrine.engine.fields.FieldRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the keys of a replay event ({@code proc.aname[2]}, {@code evt.arg.flags}) into fields of the registry.
 * A key that names no field is an error, not an ignored value: a typo in a test event would otherwise make a rule
 * silently not fire, and the test would pass for the wrong reason.
 */
final class FieldResolver {

    private final FieldRegistry registry;
    /** Replay files repeat the same few keys on every line: resolve each once. */
    private final Map<String, FieldKey> cache = new HashMap<>();

    FieldResolver(FieldRegistry registry) {
        this.registry = registry;
    }

    FieldKey resolve(String key) throws BadEventException {
        FieldKey cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        FieldKey resolved = resolveUncached(key);
        cache.put(key, resolved);
        return resolved;
    }

    private FieldKey resolveUncached(String key) throws BadEventException {
        int bracket = key.indexOf('[');
        if (bracket > 0 && key.endsWith("]")) {
            return withArgument(key, key.substring(0, bracket), key.substring(bracket + 1, key.length() - 1));
        }
        // proc.name, or evt.arg.flags (evt.arg with argument flags) as the registry resolves names in rules.
        Optional<FieldMatch> match = registry.resolve(key);
        if (match.isPresent()) {
            FieldDef def = match.get().field();
            if (match.get().argument() == null && def.argument() == ArgumentKind.REQUIRED) {
                throw new BadEventException("field '" + key + "' needs an argument, e.g. '" + key + "[0]'");
            }
            return new FieldKey(def, match.get().argument());
        }
        throw new BadEventException("unknown field '" + key + "'" + suggestion(key));
    }

    private FieldKey withArgument(String key, String name, String argument) throws BadEventException {
        FieldDef def = registry.find(name).orElseThrow(
                () -> new BadEventException("unknown field '" + name + "' in '" + key + "'" + suggestion(name)));
        if (!def.takesArgument()) {
            throw new BadEventException("field '" + name + "' takes no argument, but '" + key + "' gives one");
        }
        if (argument.isEmpty()) {
            throw new BadEventException("empty argument in '" + key + "'");
        }
        return new FieldKey(def, argument);
    }

    private String suggestion(String name) {
        List<String> similar = registry.suggest(name);
        return similar.isEmpty() ? "" : " (did you mean " + String.join(", ", similar) + "?)";
    }
}
