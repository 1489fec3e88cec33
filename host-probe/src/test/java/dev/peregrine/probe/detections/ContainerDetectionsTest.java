package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.probe.bpf.RequiresBpf;
import dev.peregrine.probe.daemon.AlertLines;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Container-only rules: each action runs once inside a {@link FakeContainer} (must alert, with the container's id)
 * and once on the host (the near miss: the same syscalls must not alert there).
 */
@ExtendWith({RequiresBpf.class, LiveDaemon.Shared.class})
class ContainerDetectionsTest extends DetectionTest {

    /** Runs {@code command} in a fresh fake container; returns the container's id. */
    private String inContainer(String... command) throws Exception {
        try (FakeContainer c = FakeContainer.enter()) {
            c.run(daemon, command);
            return c.id;
        }
    }

    private String[] terminalShell() throws Exception {
        Path conmon = Aliases.link(tmp, "conmon", Run.python());
        return new String[] {conmon.toString(), "-c",
            "# " + m + "\nimport pty\npty.spawn(['/bin/sh', '-c', 'exit 0 # " + m + "'])\n"};
    }

    @Test
    @Triggers("Terminal shell in container")
    void shellWithATerminalAsEntryPoint() throws Exception {
        String id = inContainer(terminalShell());
        String alert = daemon.await("Terminal shell in container", m);
        assertEquals(id, AlertLines.value(alert, "container.id"));
        assertEquals("conmon", AlertLines.value(alert, "proc.pname"));
    }

    @Test
    @NearMiss("Terminal shell in container")
    void shellWithATerminalOnTheHost() throws Exception {
        Run.ok(tmp, terminalShell());
        daemon.assertNone("Terminal shell in container", m);
    }

    private String[] packetSocket() throws Exception {
        return new String[] {Run.python(), "-c",
            "# " + m + "\nimport socket\nsocket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0).close()\n"};
    }

    @Test
    @Triggers("Packet socket created in container")
    void packetSocketInContainer() throws Exception {
        String id = inContainer(packetSocket());
        assertEquals(id, AlertLines.value(daemon.await("Packet socket created in container", m), "container.id"));
    }

    @Test
    @NearMiss("Packet socket created in container")
    void packetSocketOnTheHost() throws Exception {
        Run.ok(tmp, packetSocket());
        daemon.assertNone("Packet socket created in container", m);
    }

    private String[] debugfs() {
        return new String[] {"debugfs", "-R", "stats", "/nonexistent-" + m}; // fails at once: no such device
    }

    @Test
    @Triggers("Debugfs launched in privileged container")
    void debugfsInPrivilegedContainer() throws Exception {
        String id = inContainer(debugfs());
        assertEquals(id, AlertLines.value(daemon.await("Debugfs launched in privileged container", m), "container.id"));
    }

    @Test
    @NearMiss("Debugfs launched in privileged container")
    void debugfsOnTheHost() throws Exception {
        Run.any(tmp, debugfs());
        daemon.assertNone("Debugfs launched in privileged container", m);
    }

    /** A file of that name in a private directory: the rule is about the name; no real cgroup file is touched. */
    private String[] releaseAgent() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(m));
        return new String[] {Run.python(), "-c", "open('" + dir + "/release_agent', 'w').write('/tmp/x')\n"};
    }

    @Test
    @Triggers("Detect release_agent file container escapes")
    void releaseAgentWrittenInContainer() throws Exception {
        String id = inContainer(releaseAgent());
        String alert = daemon.await("Detect release_agent file container escapes", m);
        assertEquals(id, AlertLines.value(alert, "container.id"));
        assertEquals("Critical", AlertLines.value(alert, "priority"));
    }

    @Test
    @NearMiss("Detect release_agent file container escapes")
    void releaseAgentWrittenOnTheHost() throws Exception {
        Run.ok(tmp, releaseAgent());
        daemon.assertNone("Detect release_agent file container escapes", m);
    }

    @Test
    @Triggers("Linux kernel module injection")
    void evenInsmodInAContainerIsAnInjection() throws Exception {
        Path insmod = Aliases.link(tmp, "insmod", Run.python());
        String id = inContainer(insmod.toString(), "-c", "# " + m + "\n" + KernelAndDebugDetectionsTest.MODULE);
        assertEquals(id, AlertLines.value(daemon.await("Linux kernel module injection", m), "container.id"));
    }
}
