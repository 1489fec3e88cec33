package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTableTest {
    @TempDir
    Path dir;

    static final String PASSWD = """
        root:x:0:0:root:/root:/bin/bash
        # a comment
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
        alice:x:1000:1000:Alice,,,:/home/alice:/bin/zsh
        broken line
        +nisuser::::::
        shadowed:x:1000:1000::/nowhere:/bin/false
        """;
    static final String GROUP = """
        root:x:0:
        docker:x:998:alice,bob
        alice:x:1000:
        """;

    private UserTable table(String passwd, String group) throws Exception {
        Path p = write("passwd", passwd);
        Path g = write("group", group);
        return new UserTable(p, g, 0); // re-check on every lookup
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        return f;
    }

    @Test
    void parsesUsersAndGroups() throws Exception {
        UserTable t = table(PASSWD, GROUP);
        assertEquals(new UserEntry(0, 0, "root", "/root", "/bin/bash"), t.user(0));
        assertEquals("alice", t.user(1000).name(), "first entry wins");
        assertEquals("/home/alice", t.user(1000).home());
        assertEquals("/bin/zsh", t.user(1000).shell());
        assertEquals("/usr/sbin/nologin", t.user(1).shell());
        assertNull(t.user(4242));
        assertEquals("docker", t.group(998).name());
        assertNull(t.group(5));
    }

    @Test
    void reloadsWhenTheFileChanges() throws Exception {
        UserTable t = table(PASSWD, GROUP);
        assertNull(t.user(2000));
        Path p = write("passwd", PASSWD + "carol:x:2000:2000::/home/carol:/bin/sh\n");
        Files.setLastModifiedTime(p, FileTime.fromMillis(Files.getLastModifiedTime(p).toMillis() + 5000));
        assertEquals("carol", t.user(2000).name());
    }

    @Test
    void refusesFilesOthersCanWrite() throws Exception {
        Path p = write("passwd", PASSWD);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-rw-"));
        UserTable t = new UserTable(p, write("group", GROUP), 0);
        assertNull(t.user(0), "a world-writable passwd is not trusted");
        assertEquals("root", t.group(0).name());
    }

    @Test
    void refusesSymlinks() throws Exception {
        Path real = write("real-passwd", PASSWD);
        Path link = Files.createSymbolicLink(dir.resolve("passwd-link"), real);
        UserTable t = new UserTable(link, write("group", GROUP), 0);
        assertNull(t.user(0));
    }
}
