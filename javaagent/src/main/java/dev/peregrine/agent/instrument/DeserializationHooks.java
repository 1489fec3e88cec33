package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.io.ObjectStreamClass;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Java deserialization, one event per class descriptor read from a stream. Hooking {@code resolveClass} would miss
 * subclasses that override it (most "safe" ObjectInputStreams do) and would not see names that fail to resolve;
 * {@code filterCheck} also runs for back-references and array lengths. The private
 * {@code ObjectInputStream.readNonProxyDesc} is where every non-proxy class descriptor is read, whatever
 * {@code resolveClass} does: on its return the descriptor carries the class name from the stream and the resolved
 * class (null when it could not be resolved). It returns before any instance of the class is created. The bracket
 * (entry to return) holds the class resolution, and so the class loading it causes.
 */
public final class DeserializationHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        return Hook.advise(b, targets, "java.io.ObjectInputStream", ReadDesc.class,
                named("readNonProxyDesc").and(takesArguments(boolean.class)));
    }

    public static class ReadDesc {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter() {
            return Bridge.deserializeBegin();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token, @Advice.Return ObjectStreamClass desc) {
            if (token != null) {
                Bridge.deserialized(token, desc != null ? desc.getName() : null, desc != null && desc.forClass() != null);
            }
        }
    }
}
