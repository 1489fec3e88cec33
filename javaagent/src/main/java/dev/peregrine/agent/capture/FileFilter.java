package dev.peregrine.agent.capture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The file operations some consumer can care about, as a small predicate over the absolute path and, for opens,
 * whether the open writes. Checked on the application thread before an event is built: hash lookups and
 * {@code startsWith}/{@code endsWith}/{@code contains} calls, no allocation. Built once at start-up, immutable.
 */
public interface FileFilter {

    /** Every file operation. */
    FileFilter ANY = new Any();

    boolean test(String path, boolean write);

    default boolean isAny() {
        return false;
    }

    /** Operations either filter passes; nested unions are flattened and their lists of texts merged. */
    default FileFilter or(FileFilter other) {
        if (isAny() || other.isAny()) {
            return ANY;
        }
        List<FileFilter> parts = new ArrayList<>();
        for (FileFilter f : List.of(this, other)) {
            if (f instanceof AnyOf any) {
                parts.addAll(any.filters());
            } else {
                parts.add(f);
            }
        }
        Set<String> exact = new LinkedHashSet<>();
        List<List<String>> texts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<FileFilter> rest = new ArrayList<>();
        for (FileFilter f : parts) {
            if (f instanceof Exact e) {
                exact.addAll(e.paths());
            } else if (f instanceof Text t) {
                texts.get(t.kind()).addAll(List.of(t.texts()));
            } else {
                rest.add(f);
            }
        }
        List<FileFilter> merged = new ArrayList<>();
        if (!exact.isEmpty()) {
            merged.add(exact(exact));
        }
        for (int kind = 0; kind < texts.size(); kind++) {
            if (!texts.get(kind).isEmpty()) {
                merged.add(new Text(kind, texts.get(kind).stream().distinct().toArray(String[]::new)));
            }
        }
        merged.addAll(rest);
        return merged.size() == 1 ? merged.get(0) : new AnyOf(List.copyOf(merged));
    }

    static FileFilter exact(Set<String> paths) {
        return new Exact(Set.copyOf(paths));
    }

    static FileFilter under(List<String> prefixes) {
        return new Text(Text.PREFIX, prefixes.toArray(new String[0]));
    }

    static FileFilter endingWith(List<String> suffixes) {
        return new Text(Text.SUFFIX, suffixes.toArray(new String[0]));
    }

    static FileFilter containing(List<String> parts) {
        return new Text(Text.CONTAINS, parts.toArray(new String[0]));
    }

    /** Opens that write ({@code true}) or only read. */
    static FileFilter writing(boolean write) {
        return new Writing(write);
    }

    /** Passes what all of {@code filters} pass. */
    static FileFilter allOf(List<FileFilter> filters) {
        return filters.size() == 1 ? filters.get(0) : new AllOf(filters);
    }

    final class Any implements FileFilter {
        @Override
        public boolean test(String path, boolean write) {
            return true;
        }

        @Override
        public boolean isAny() {
            return true;
        }

        @Override
        public String toString() {
            return "all";
        }
    }

    record Exact(Set<String> paths) implements FileFilter {
        @Override
        public boolean test(String path, boolean write) {
            return path != null && paths.contains(path);
        }

        @Override
        public String toString() {
            return "in " + paths;
        }
    }

    record Writing(boolean write) implements FileFilter {
        @Override
        public boolean test(String path, boolean w) {
            return w == write;
        }

        @Override
        public String toString() {
            return write ? "write" : "read";
        }
    }

    record Text(int kind, String[] texts) implements FileFilter {
        static final int PREFIX = 0;
        static final int SUFFIX = 1;
        static final int CONTAINS = 2;

        @Override
        public boolean test(String path, boolean write) {
            if (path == null) {
                return false;
            }
            for (String t : texts) {
                if (kind == PREFIX ? path.startsWith(t) : kind == SUFFIX ? path.endsWith(t) : path.contains(t)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return (kind == PREFIX ? "under " : kind == SUFFIX ? "ending " : "containing ") + List.of(texts);
        }
    }

    record AllOf(List<FileFilter> filters) implements FileFilter {
        @Override
        public boolean test(String path, boolean write) {
            for (int i = 0; i < filters.size(); i++) {
                if (!filters.get(i).test(path, write)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "(" + String.join(" and ", filters.stream().map(Object::toString).toList()) + ")";
        }
    }

    record AnyOf(List<FileFilter> filters) implements FileFilter {
        @Override
        public boolean test(String path, boolean write) {
            for (int i = 0; i < filters.size(); i++) {
                if (filters.get(i).test(path, write)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "(" + String.join(" or ", filters.stream().map(Object::toString).toList()) + ")";
        }
    }
}
