package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.rules.RulesFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesSourceTest {

    @TempDir
    Path dir;

    private static List<String> names(List<RulesFile> files) {
        return files.stream().map(f -> Path.of(f.name()).getFileName().toString()).toList();
    }

    @Test
    void filesInOrderAndDirectoriesByName() throws Exception {
        Path d = Files.createDirectory(dir.resolve("rules.d"));
        Files.writeString(d.resolve("20-b.yaml"), "- list: b\n  items: []\n");
        Files.writeString(d.resolve("10-a.yml"), "- list: a\n  items: []\n");
        Files.writeString(d.resolve("README"), "not rules");
        Path last = Files.writeString(dir.resolve("local.yaml"), "- list: c\n  items: []\n");
        List<RulesFile> files = RulesSource.of(List.of(d, last), List::of).read();
        assertEquals(List.of("10-a.yml", "20-b.yaml", "local.yaml"), names(files));
        assertEquals("- list: c\n  items: []\n", files.get(2).content());
    }

    @Test
    void noPathsMeansTheDefaults() throws Exception {
        List<RulesFile> defaults = List.of(new RulesFile("classpath:rules/x.yaml", ""));
        assertEquals(defaults, RulesSource.of(List.of(), () -> defaults).read());
    }

    @Test
    void untrustedFilesAreRefusedWithTheReason() throws Exception {
        Path open = Files.writeString(dir.resolve("open.yaml"), "");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-rw-r--"));
        IOException e = assertThrows(IOException.class, () -> RulesSource.of(List.of(open), List::of).read());
        assertTrue(e.getMessage().startsWith(open + ": writable by group or others"), e.getMessage());

        Path real = Files.writeString(dir.resolve("real.yaml"), "");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        e = assertThrows(IOException.class, () -> RulesSource.of(List.of(link), List::of).read());
        assertTrue(e.getMessage().startsWith(link + ": is a symbolic link"), e.getMessage());

        Path missing = dir.resolve("missing.yaml");
        e = assertThrows(IOException.class, () -> RulesSource.of(List.of(missing), List::of).read());
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
