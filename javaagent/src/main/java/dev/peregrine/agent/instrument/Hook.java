package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;

import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** One family of intercepted JDK methods: adds its type matchers and advice to the agent builder. */
public interface Hook {

    /** Adds this family's advice to {@code builder}, and the names of the types it instruments to {@code targets}. */
    AgentBuilder extend(AgentBuilder builder, Set<String> targets);

    /** Weaves {@code advice} into the methods of {@code type} that {@code methods} matches. */
    static AgentBuilder advise(AgentBuilder builder, Set<String> targets, String type, Class<?> advice,
                               ElementMatcher<? super MethodDescription> methods) {
        targets.add(type);
        Advice woven = Advice.to(advice);
        return builder.type(named(type))
                .transform((b, td, loader, module, pd) -> b.visit(woven.on(methods)));
    }
}
