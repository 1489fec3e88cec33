package dev.peregrine.engine.fields;

import dev.peregrine.engine.Reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FieldsDocTest {

    @Test
    void committedDocsAreUpToDate() throws IOException {
        Path committed = Reference.repoRoot().resolve("docs/fields.md");
        String expected = FieldsDoc.render();
        String actual = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "<missing>";
        assertEquals(expected, actual, "docs/fields.md is stale; regenerate it from the repository root with: "
                + "./mvnw -B -q -o -pl engine compile && " + FieldsDoc.REGENERATE);
    }

    @Test
    void everyFieldHasOneRowInItsClassSection() {
        String doc = FieldsDoc.render();
        for (FieldDef def : FieldRegistry.standard().all()) {
            String row = "| `" + def.name() + "` | " + def.type().displayName() + " |";
            int at = doc.indexOf(row);
            assertTrue(at > 0, "no row for " + def.name());
            assertEquals(-1, doc.indexOf(row, at + 1), "two rows for " + def.name());
            String section = "\n## " + FieldRegistry.classOf(def.name()) + "\n";
            int sectionStart = doc.indexOf(section);
            int nextSection = doc.indexOf("\n## ", sectionStart + 1);
            assertTrue(sectionStart < at && (nextSection < 0 || at < nextSection), def.name() + " outside " + section);
        }
        assertTrue(doc.contains("| `evt.arg` | string | required, `.name` | syscall |"), doc);
        assertTrue(doc.contains("| `jvm.stack` | string list |  | syscall, jvm |"), doc);
    }
}
