package dev.peregrine.probe.state;

/** One line of {@code /etc/passwd} (or, with only {@code id} and {@code name}, of {@code /etc/group}). */
public record UserEntry(int id, int gid, String name, String home, String shell) {

    /**
     * Parses {@code name:password:uid:gid:gecos:home:shell} (passwd) or {@code name:password:gid:members} (group);
     * returns {@code null} for comments, blank lines, NIS {@code +}/{@code -} entries and malformed lines.
     */
    static UserEntry parse(String line, boolean group) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) {
            return null;
        }
        String[] f = line.split(":", -1);
        if (f.length < (group ? 3 : 7)) {
            return null;
        }
        try {
            int id = Integer.parseUnsignedInt(f[2]);
            if (id == Integer.MIN_VALUE) {
                return null; // the one id IntMap reserves; no real system uses 2^31
            }
            return group ? new UserEntry(id, id, f[0], null, null)
                : new UserEntry(id, Integer.parseUnsignedInt(f[3]), f[0], f[5], f[6]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
