package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FdTableTest {
    static final FdInfo HOSTS = FdInfo.file(FdType.FILE, "/etc/hosts", "hosts", OpenFlags.O_CLOEXEC);
    static final FdInfo SOCK = FdInfo.socket(FdType.IPV4,
        new SocketTuple("10.0.0.1", 40000, "10.0.0.2", 443, false), "tcp", false);

    @Test
    void dupSharesTheOpenFileWithoutCloseOnExec() {
        FdTable t = new FdTable();
        t.put(5, SOCK);
        t.put(0, HOSTS);
        t.dup(5, 0, false);
        assertSame(SOCK, t.get(0));
        t.dup(3, 1, false); // unknown old fd: new fd no longer names what it did
        assertNull(t.get(1));
        t.put(7, HOSTS);
        t.dup(7, 8, false);
        assertFalse(t.get(8).cloexec());
        assertEquals("/etc/hosts", t.get(8).name());
        assertTrue(t.get(7).cloexec());
    }

    @Test
    void copyIsIndependent() {
        FdTable parent = new FdTable();
        parent.put(3, HOSTS);
        parent.put(5000, SOCK);
        FdTable child = parent.copy();
        child.put(3, SOCK);
        child.remove(5000);
        assertSame(HOSTS, parent.get(3));
        assertSame(SOCK, parent.get(5000));
        assertSame(SOCK, child.get(3));
        assertNull(child.get(5000));
    }

    @Test
    void closeOnExecDropsOnlyFlaggedFdsDenseAndSparse() {
        FdTable t = new FdTable();
        t.put(3, HOSTS);
        t.put(4, SOCK);
        t.put(70_000, HOSTS);
        t.put(70_001, SOCK);
        t.closeOnExec();
        assertNull(t.get(3));
        assertSame(SOCK, t.get(4));
        assertNull(t.get(70_000));
        assertSame(SOCK, t.get(70_001));
    }

    @Test
    void growsAndIgnoresNegativeFds() {
        FdTable t = new FdTable();
        t.put(-1, HOSTS);
        assertNull(t.get(-1));
        t.put(1023, HOSTS);
        t.put(1024, SOCK);
        assertSame(HOSTS, t.get(1023));
        assertSame(SOCK, t.get(1024));
        assertNull(t.get(500));
    }

    @Test
    void fileNamePartsAreComputedOnce() {
        FdInfo f = FdInfo.file(FdType.FILE, "/var/log/syslog", "../log/syslog", 0);
        assertEquals("/var/log", f.directory());
        assertEquals("syslog", f.filename());
        assertEquals("../log/syslog", f.nameRaw());
        assertSame(f.directory(), f.directory());
        FdInfo root = FdInfo.file(FdType.FILE, "/vmlinuz", null, 0);
        assertEquals("/", root.directory());
        assertEquals("/vmlinuz", root.nameRaw());
        assertNull(SOCK.directory());
        assertEquals("10.0.0.1:40000->10.0.0.2:443", SOCK.name());
    }
}
