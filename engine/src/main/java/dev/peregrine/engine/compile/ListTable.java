package dev.peregrine.engine.compile;

import dev.peregrine.engine.rules.ListSpec;
import dev.peregrine.engine.rules.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named lists, flattened: an item naming another list is replaced by that list's items, recursively (as Falco
 * does); any other bare item is a literal value. A list reaching itself again is a cycle, reported with its path.
 */
final class ListTable {

    private final Map<String, ListSpec> specs = new HashMap<>();
    private final Map<String, List<String>> resolved = new HashMap<>();

    ListTable(List<ListSpec> lists) {
        for (ListSpec l : lists) {
            specs.put(l.name(), l);
        }
    }

    boolean contains(String name) {
        return specs.containsKey(name);
    }

    /** The flattened values of list {@code name}, which must exist. @throws CheckFailure on a cycle */
    List<String> values(String name) {
        return values(name, new ArrayDeque<>());
    }

    private List<String> values(String name, Deque<String> path) {
        List<String> done = resolved.get(name);
        if (done != null) {
            return done;
        }
        path.addLast(name);
        List<String> out = new ArrayList<>();
        for (Text item : specs.get(name).items()) {
            String raw = item.value().trim();
            if (!Literals.isQuoted(raw) && specs.containsKey(raw)) {
                if (path.contains(raw)) {
                    List<String> cycle = new ArrayList<>(path);
                    cycle = cycle.subList(cycle.indexOf(raw), cycle.size());
                    throw new CheckFailure(item.start(), "list cycle: " + String.join(" -> ", cycle) + " -> " + raw);
                }
                out.addAll(values(raw, path));
            } else {
                out.add(Literals.value(raw));
            }
        }
        path.removeLast();
        List<String> result = List.copyOf(out);
        resolved.put(name, result);
        return result;
    }
}
