package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A container runtime forks on the host, moves the child into the container's cgroup, then execs: the child's
 * container is not its parent's. Done for real here: a real child of this JVM moved into a real cgroup v2 directory
 * named like a docker container's, then the exec's cgroup id (the directory's inode, which is what
 * {@code bpf_get_current_cgroup_id()} reports) handed to the process table.
 */
class CgroupRefileTest {

    private ProcReader reader;
    private Path cgroup;
    private String fullId;
    private Process child;

    @BeforeEach
    void makeContainerCgroup() throws Exception {
        reader = ProcReader.system();
        Path root = reader.cgroups().root();
        assumeTrue(root != null && Files.isWritable(root),
                "!!! SKIPPED: no writable cgroup2 mount (needs root and cgroup v2 or hybrid): " + root);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        fullId = HexFormat.of().formatHex(random);
        cgroup = Files.createDirectory(root.resolve("docker-" + fullId + ".scope"));
    }

    @AfterEach
    void removeIt() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        if (cgroup != null) {
            Files.delete(cgroup);
        }
    }

    private long cgroupId() throws Exception {
        return ((Number) Files.getAttribute(cgroup, "unix:ino")).longValue();
    }

    private ProcessInfo forkedChildOfThisJvm(ProcessTable table) throws Exception {
        child = new ProcessBuilder("/bin/sleep", "30").start();
        int jvm = (int) ProcessHandle.current().pid();
        table.seedPid(jvm);
        table.onFork(jvm, (int) child.pid(), (int) child.pid(), false, 0);
        ProcessInfo p = table.get((int) child.pid());
        assertEquals(table.get(jvm).container(), p.container(), "inherited at fork");
        assertNotEquals(fullId.substring(0, 12), p.container().id());
        Files.writeString(cgroup.resolve("cgroup.procs"), Long.toString(child.pid()));
        return p;
    }

    @Test
    void aChildMovedIntoAContainerCgroupBeforeExecIsFiledUnderThatContainer() throws Exception {
        ProcessTable table = new ProcessTable(1024, reader);
        ProcessInfo p = forkedChildOfThisJvm(table);
        long reads = table.procReads();

        table.onCgroup(p, cgroupId());

        assertEquals(fullId.substring(0, 12), p.container().id());
        assertEquals("docker", p.container().type());
        assertEquals(0, reader.cgroups().scans(), "read from /proc while the process lives");
        table.onCgroup(p, cgroupId());
        assertEquals(reads + 1, table.procReads(), "the same cgroup again costs nothing");
    }

    @Test
    void aProcessGoneBeforeItsExecWasHandledIsFoundByItsCgroupId() throws Exception {
        ProcessTable table = new ProcessTable(1024, reader);
        ProcessInfo p = forkedChildOfThisJvm(table);
        child.destroyForcibly().waitFor();
        child = null;

        table.onCgroup(p, cgroupId());

        assertNotNull(p.container());
        assertEquals(fullId.substring(0, 12), p.container().id());
        assertEquals(1, reader.cgroups().scans());
    }
}
