package dev.peregrine.agent.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PidNamespaceTest {

    @Test
    void theNamespaceLinkIsParsed() {
        assertEquals(4026531836L, PidNamespace.parseInode("pid:[4026531836]"));
        assertEquals(-1, PidNamespace.parseInode("net:[4026531836]"));
        assertEquals(-1, PidNamespace.parseInode("pid:[x]"));
    }

    @Test
    void onlyTheKernelsInitialNamespaceOrAnUnknownOneIsInitial() {
        assertTrue(PidNamespace.initial(4026531836L));
        assertTrue(PidNamespace.initial(-1), "unknown: the plain name, which the probe checks as before");
        assertFalse(PidNamespace.initial(4026532178L));
    }

    @Test
    void thisJvmsNamespaceIsRead() {
        // The tests run on the host (or in a container): either way /proc/self/ns/pid names a namespace.
        assertTrue(PidNamespace.inode() > 0);
    }
}
