package dev.peregrine.probe.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User and group names for {@code user.name}, {@code user.homedir}, {@code user.shell}, {@code user.loginname} and
 * {@code group.name}, from {@code /etc/passwd} and {@code /etc/group}. Lookups hit an {@link IntMap}; the files are
 * re-parsed when their modification time changes, which is checked at most once per {@code recheckNanos} so a
 * lookup costs no system call. Only files passing {@link TrustedFiles} are read; a refused or unreadable file leaves
 * the previous table in place and is logged once per change.
 */
public final class UserTable {
    private static final Logger LOG = LoggerFactory.getLogger(UserTable.class);

    private final Source users;
    private final Source groups;
    private final long recheckNanos;
    private long nextCheck;

    public UserTable(Path passwd, Path group, long recheckNanos) {
        this.users = new Source(passwd, false);
        this.groups = new Source(group, true);
        this.recheckNanos = recheckNanos;
        refresh();
    }

    public static UserTable system() {
        return new UserTable(Path.of("/etc/passwd"), Path.of("/etc/group"), 1_000_000_000L);
    }

    /** The passwd entry of {@code uid}, or {@code null} when there is none. */
    public UserEntry user(int uid) {
        maybeRefresh();
        return users.entries.get(uid);
    }

    /** The group entry of {@code gid}, or {@code null} when there is none. */
    public UserEntry group(int gid) {
        maybeRefresh();
        return groups.entries.get(gid);
    }

    /** Re-reads the files whose modification time changed since the last read. */
    public void refresh() {
        users.reloadIfChanged();
        groups.reloadIfChanged();
        nextCheck = System.nanoTime() + recheckNanos;
    }

    private void maybeRefresh() {
        if (System.nanoTime() - nextCheck >= 0) {
            refresh();
        }
    }

    private static final class Source {
        final Path path;
        final boolean group;
        IntMap<UserEntry> entries = new IntMap<>(16);
        FileTime loaded;
        String lastProblem;

        Source(Path path, boolean group) {
            this.path = path;
            this.group = group;
        }

        void reloadIfChanged() {
            try {
                FileTime mtime = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
                if (mtime.equals(loaded)) {
                    return;
                }
                String problem = TrustedFiles.problem(path);
                if (problem != null) {
                    warnOnce(problem + "; user/group names from it are not used");
                    return;
                }
                IntMap<UserEntry> fresh = new IntMap<>(64);
                for (String line : new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n")) {
                    UserEntry e = UserEntry.parse(line, group);
                    if (e != null && fresh.get(e.id()) == null) {
                        fresh.put(e.id(), e); // first entry wins, as getpwuid(3) does
                    }
                }
                entries = fresh;
                loaded = mtime;
                lastProblem = null;
            } catch (IOException e) {
                warnOnce("cannot read " + path + ": " + e.getMessage());
            }
        }

        private void warnOnce(String message) {
            if (!message.equals(lastProblem)) {
                LOG.warn(message);
                lastProblem = message;
            }
        }
    }
}
