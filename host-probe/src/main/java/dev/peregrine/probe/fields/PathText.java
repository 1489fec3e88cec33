package dev.peregrine.probe.fields;

/**
 * Resolution of the paths syscalls receive into the absolute, normalised form Falco puts in {@code fd.name} and
 * {@code evt.abspath}: relative paths are joined to the directory they are relative to, then {@code .},
 * {@code ..} and repeated slashes are removed. Purely textual, like the kernel's view at the time of the call;
 * symlinks are not followed.
 */
final class PathText {
    private PathText() {
    }

    /** {@code raw} resolved against {@code base} (a directory), or {@code raw} when it cannot be resolved. */
    static String resolve(String base, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.startsWith("/")) {
            return normalize(raw);
        }
        if (base == null || !base.startsWith("/")) {
            return raw;
        }
        return normalize(raw.isEmpty() ? base : base + "/" + raw);
    }

    /** Normalises an absolute path; returns the argument itself when it is already normal. */
    static String normalize(String path) {
        if (isNormal(path)) {
            return path;
        }
        String[] parts = path.split("/");
        String[] out = new String[parts.length];
        int n = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                n = Math.max(0, n - 1);
            } else {
                out[n++] = p;
            }
        }
        if (n == 0) {
            return "/";
        }
        StringBuilder sb = new StringBuilder(path.length());
        for (int i = 0; i < n; i++) {
            sb.append('/').append(out[i]);
        }
        return sb.toString();
    }

    private static boolean isNormal(String p) {
        int len = p.length();
        if (len > 1 && p.charAt(len - 1) == '/') {
            return false;
        }
        return !p.contains("//") && !p.contains("/./") && !p.contains("/../")
            && !p.endsWith("/.") && !p.endsWith("/..");
    }
}
