package dev.peregrine.cli.rules;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.RuleMatching;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;

/** How every command builds its engine: one binder for both sources, every matching rule alerts. */
public final class Engines {

    private Engines() {
    }

    /**
     * An engine whose syscall and jvm rules read fields through {@code binder}. All matching rules fire (not only
     * the first, Falco's default): a replay or a demo should show every detection an event triggers.
     */
    public static Engine create(FieldBinder binder) {
        return Engine.builder()
                .binder(Sources.SYSCALL, binder)
                .binder(Sources.JVM, binder)
                .ruleMatching(RuleMatching.ALL)
                .build();
    }
}
