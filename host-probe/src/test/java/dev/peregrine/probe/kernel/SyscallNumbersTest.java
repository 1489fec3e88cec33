package dev.peregrine.probe.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Our x86_64 numbers agree with the system's asm/unistd_64.h (the same table the kernel is built from). */
class SyscallNumbersTest {

    private static final Path HEADER = Path.of("/usr/include/x86_64-linux-gnu/asm/unistd_64.h");

    @Test
    void numbersMatchSystemHeader() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(HEADER), "no " + HEADER + " (linux-libc-dev) to compare with");
        Map<String, Integer> system = new HashMap<>();
        Matcher m = Pattern.compile("#define __NR_(\\w+) (\\d+)").matcher(Files.readString(HEADER));
        while (m.find()) {
            system.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        int checked = 0;
        for (int nr = 0; nr < SyscallNumbers.SYSCALL_MAX; nr++) {
            String name = SyscallNumbers.name(nr);
            if (!name.startsWith("syscall_") && system.containsKey(name)) {
                assertEquals(system.get(name), nr, name);
                checked++;
            }
        }
        assertTrue(checked >= 45, "compared only " + checked + " names");
    }

    @Test
    void namesRoundTripAndLifecycleSlots() {
        assertEquals(SyscallNumbers.OPENAT, SyscallNumbers.number("openat"));
        assertEquals("procfork", SyscallNumbers.name(SyscallNumbers.PROC_FORK));
        assertEquals("procexit", SyscallNumbers.name(SyscallNumbers.PROC_EXIT));
        assertEquals("syscall_0", SyscallNumbers.name(0));
        assertTrue(SyscallNumbers.all().get(SyscallNumbers.PROC_EXIT));
    }
}
