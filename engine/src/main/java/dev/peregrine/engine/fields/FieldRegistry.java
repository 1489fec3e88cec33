package dev.peregrine.engine.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every field rules may name, with its type, argument kind and sources. Immutable and shared: the compiler asks it
 * once per field reference at compile time, never per event.
 */
public final class FieldRegistry {

    /** Field classes ({@code evt}, {@code proc}...) in the order the documentation presents them. */
    public static final List<String> CLASSES =
            List.of("evt", "proc", "thread", "fd", "user", "group", "container", "k8s", "jvm");

    private static final FieldRegistry STANDARD = build();

    private final Map<String, FieldDef> byName;
    private final Set<String> dotted;

    private FieldRegistry(Map<String, FieldDef> byName, Set<String> dotted) {
        this.byName = byName;
        this.dotted = dotted;
    }

    /** The fields of Falco's syscall source that Peregrine knows, plus Peregrine's {@code jvm.*} fields. */
    public static FieldRegistry standard() {
        return STANDARD;
    }

    private static FieldRegistry build() {
        FieldTable t = new FieldTable();
        EventFields.declare(t);
        ProcessFields.declare(t);
        ThreadFields.declare(t);
        FdFields.declare(t);
        UserFields.declare(t);
        ContainerFields.declare(t);
        JvmFields.declare(t);
        Map<String, FieldDef> byName = new TreeMap<>();
        for (FieldDef def : t.defs()) {
            if (byName.put(def.name(), def) != null) {
                throw new IllegalStateException("field declared twice: " + def.name());
            }
        }
        return new FieldRegistry(Collections.unmodifiableMap(byName), Set.copyOf(t.dottedNames()));
    }

    /** The field with exactly this name ({@code proc.aname}, not {@code proc.aname[2]}). */
    public Optional<FieldDef> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Resolves a dotted name as written in a rule: an exact field ({@code fd.sip.name}) wins; otherwise the longest
     * field that accepts its argument after a dot ({@code evt.arg.flags} is {@code evt.arg} with argument
     * {@code flags}). The argument is {@code null} for an exact match.
     */
    public Optional<FieldMatch> resolve(String name) {
        FieldDef exact = byName.get(name);
        if (exact != null) {
            return Optional.of(new FieldMatch(exact, null));
        }
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            String prefix = name.substring(0, dot);
            if (dotted.contains(prefix) && dot + 1 < name.length()) {
                return Optional.of(new FieldMatch(byName.get(prefix), name.substring(dot + 1)));
            }
        }
        return Optional.empty();
    }

    /** True when {@code name}'s argument may follow a dot ({@code evt.arg.flags}) as well as brackets. */
    public boolean acceptsDottedArgument(String name) {
        return dotted.contains(name);
    }

    /**
     * The known names closest to an unknown one (at most three, all at the same smallest edit distance), for
     * "did you mean proc.name?". Empty when nothing is close enough to be a plausible typo.
     */
    public List<String> suggest(String unknownName) {
        int limit = Math.max(2, unknownName.length() / 4);
        List<Map.Entry<String, Integer>> close = new ArrayList<>();
        for (String name : byName.keySet()) {
            int d = EditDistance.between(unknownName, name, limit);
            if (d <= limit) {
                close.add(Map.entry(name, d));
            }
        }
        close.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        // Only the closest: "did you mean proc.name?" helps, a list of everything two edits away does not.
        List<String> names = new ArrayList<>();
        for (int i = 0; i < close.size() && i < 3 && close.get(i).getValue().equals(close.get(0).getValue()); i++) {
            names.add(close.get(i).getKey());
        }
        return names;
    }

    /** All fields, sorted by name. */
    public Collection<FieldDef> all() {
        return byName.values();
    }

    /** The class of a field name: the part before the first dot. */
    public static String classOf(String fieldName) {
        int dot = fieldName.indexOf('.');
        return dot < 0 ? fieldName : fieldName.substring(0, dot);
    }
}
