package dev.peregrine.agent.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Linux x86-64 open(2) flag values, as the JDK passes them to the kernel. */
class OpenFlagsTest {

    @Test
    void namesFollowStandardOpenOption() {
        assertEquals(List.of("read"), OpenFlags.names(0));
        assertEquals(List.of("write", "create", "truncate_existing"), OpenFlags.names(01 | 0100 | 01000));
        assertEquals(List.of("write", "append", "create"), OpenFlags.names(01 | 02000 | 0100));
        assertEquals(List.of("read", "write", "create_new"), OpenFlags.names(02 | 0100 | 0200));
        assertEquals(List.of("read", "sync"), OpenFlags.names(04010000));
        assertEquals(List.of("read", "dsync"), OpenFlags.names(010000));
    }

    @Test
    void writeMeansTheFileCanChange() {
        assertFalse(OpenFlags.isWrite(0));
        assertTrue(OpenFlags.isWrite(01));
        assertTrue(OpenFlags.isWrite(02));
        assertTrue(OpenFlags.isWrite(01000));
    }
}
