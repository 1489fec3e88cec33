package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.util.Map;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Process start: {@code java.lang.ProcessImpl.start}, where both {@code ProcessBuilder.start} and
 * {@code Runtime.exec} end, with the final argv, the environment (null when the application left it alone) and the
 * working directory. Same signature on JDK 17 and 25.
 */
public final class ProcessHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b) {
        return Hook.advise(b, "java.lang.ProcessImpl", Start.class,
                named("start").and(isStatic()).and(takesArguments(5)));
    }

    public static class Start {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) String[] argv, @Advice.Argument(1) Map<String, String> environment,
                          @Advice.Argument(2) String dir) {
            Bridge.exec(argv, environment, dir);
        }
    }
}
