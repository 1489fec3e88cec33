package dev.peregrine.agent.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackPolicyTest {

    private final StackPolicy policy = new StackPolicy(16, List.of("/etc/", "/root/"), true);

    @Test
    void fileOperationsWalkOnlyUnderWatchedPrefixes() {
        assertEquals(16, policy.depthFor(JvmOp.FILE_OPEN, "/etc/shadow"));
        assertEquals(StackPolicy.NONE, policy.depthFor(JvmOp.FILE_OPEN, "/opt/app/lib/app.jar"));
        assertEquals(StackPolicy.NONE, policy.depthFor(JvmOp.FILE_DELETE, null));
    }

    @Test
    void dangerousOperationsAlwaysGetTheStackNetworkTheCaller() {
        assertEquals(16, policy.depthFor(JvmOp.PROCESS_START, null));
        assertEquals(16, policy.depthFor(JvmOp.DESERIALIZE, null));
        assertEquals(16, policy.depthFor(JvmOp.JNDI_LOOKUP, null));
        assertEquals(16, policy.depthFor(JvmOp.NATIVE_LOAD, "/tmp/x.so"));
        assertEquals(StackPolicy.CALLER, policy.depthFor(JvmOp.NET_CONNECT, null));
    }
}
