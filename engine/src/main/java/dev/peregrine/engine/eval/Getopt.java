package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code getopt(args, "ab:c")}: parses an argument list the way getopt(3) does and yields the options found:
 * {@code ["a", "b", "value", "?"]} (an unknown option gives {@code ?}); {@code getopt(args, "t:")[t]} yields only
 * the last value of option {@code t} (absent when the option is absent). Scanning stops at {@code --} or at the
 * first non-option; long options are skipped. Mirrors libsinsp's multivalue transformer.
 */
public final class Getopt implements ListValue {

    private final ListValue args;
    private final String optstring;

    public Getopt(ListValue args, String optstring) {
        this.args = args;
        this.optstring = optstring;
    }

    /** {@code getopt(...)[c]}: the last value (or the option itself when it takes none) of option {@code c}. */
    public TextValue select(char option) {
        return event -> {
            List<String> found = scan(event, option);
            return found == null || found.isEmpty() ? null : found.get(found.size() - 1);
        };
    }

    @Override
    public List<String> values(Event event) {
        return scan(event, '\0');
    }

    private List<String> scan(Event event, char selector) {
        List<String> argv = args.values(event);
        if (argv == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int a = 0; a < argv.size(); a++) {
            String arg = argv.get(a);
            if (arg.equals("--")) {
                break;
            }
            if (arg.length() > 2 && arg.startsWith("--")) {
                continue;
            }
            if (arg.length() < 2 || arg.charAt(0) != '-') {
                break;
            }
            for (int i = 1; i < arg.length(); i++) {
                char opt = arg.charAt(i);
                int at = opt == ':' ? -1 : optstring.indexOf(opt);
                if (at < 0 || (at == 0 && optstring.charAt(0) == ':')) {
                    if (selector == '\0') {
                        out.add("?");
                    }
                    continue;
                }
                boolean match = selector == '\0' || opt == selector;
                boolean takesArg = at + 1 < optstring.length() && optstring.charAt(at + 1) == ':';
                if (!takesArg) {
                    if (match) {
                        out.add(String.valueOf(opt));
                    }
                    continue;
                }
                String value = null;
                if (i + 1 < arg.length()) {
                    value = arg.substring(i + 1);
                } else if (a + 1 < argv.size()) {
                    value = argv.get(++a);
                }
                if (match && value == null) {
                    out.add(""); // a missing argument reads as an empty value, as libsinsp
                } else if (match) {
                    if (selector == '\0') {
                        out.add(String.valueOf(opt));
                    }
                    out.add(value);
                }
                break;
            }
        }
        return out;
    }
}
