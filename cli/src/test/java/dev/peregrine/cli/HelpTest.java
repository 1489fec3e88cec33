package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "replay", "run", "demo"})
    void everySubcommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Usage: peregrine " + command), r::toString);
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit(), r::toString);
        for (String command : new String[] {"validate", "replay", "run", "demo"}) {
            assertTrue(r.out().contains("  " + command + " ") || r.out().contains("  " + command + "\n"),
                    () -> command + " missing from\n" + r.out());
        }
    }

    @Test
    void versionPrintsOurName() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("peregrine "), r::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("Missing command"), r::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("replay", "--events", "x.jsonl", "--jsn");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--jsn"), r::toString);
    }
}
