package dev.peregrine.agent.instrument;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;
import static net.bytebuddy.matcher.ElementMatchers.named;

/** One family of intercepted JDK methods: adds its type matchers and advice to the agent builder. */
public interface Hook {

    AgentBuilder extend(AgentBuilder builder);

    /** Weaves {@code advice} into the methods of {@code type} that {@code methods} matches. */
    static AgentBuilder advise(AgentBuilder builder, String type, Class<?> advice,
                               ElementMatcher<? super MethodDescription> methods) {
        Advice woven = Advice.to(advice);
        return builder.type(named(type))
                .transform((b, td, loader, module, pd) -> b.visit(woven.on(methods)));
    }
}
