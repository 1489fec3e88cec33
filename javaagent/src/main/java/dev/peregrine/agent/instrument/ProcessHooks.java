package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Process start: {@code java.lang.ProcessImpl.start}, where both {@code ProcessBuilder.start} and
 * {@code Runtime.exec} end, with the final argv, the environment (null when the application left it alone) and the
 * working directory. Same signature on JDK 17 and 25.
 *
 * <p>The bracket (entry to return or throw) holds the whole native launch: {@code forkAndExec} starts the child
 * (posix_spawn of {@code jspawnhelper}, which then execs the target, or vfork + exec, per
 * {@code jdk.lang.Process.launchMechanism}) and does not return before the child's exec succeeded or failed (it
 * waits on a pipe the exec closes), so the clone and the target's exec on the kernel's side fall between the
 * bracket's times. The event is queued when the call returns, or throws (an exec that failed is still reported).
 */
public final class ProcessHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        return Hook.advise(b, targets, "java.lang.ProcessImpl", Start.class,
                named("start").and(isStatic()).and(takesArguments(5)));
    }

    public static class Start {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) String[] argv, @Advice.Argument(1) Map<String, String> environment,
                          @Advice.Argument(2) String dir) {
            return Bridge.exec(argv, environment, dir);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }
}
