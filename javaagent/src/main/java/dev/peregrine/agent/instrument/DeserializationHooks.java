package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.io.ObjectStreamClass;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Java deserialization, one event per class descriptor read from a stream. Hooking {@code resolveClass} would miss
 * subclasses that override it (most "safe" ObjectInputStreams do) and would not see names that fail to resolve;
 * {@code filterCheck} also runs for back-references and array lengths. The private
 * {@code ObjectInputStream.readNonProxyDesc} is where every non-proxy class descriptor is read, whatever
 * {@code resolveClass} does: on its return the descriptor carries the class name from the stream and the resolved
 * class (null when it could not be resolved). It returns before any instance of the class is created.
 */
public final class DeserializationHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b) {
        return Hook.advise(b, "java.io.ObjectInputStream", ReadDesc.class,
                named("readNonProxyDesc").and(takesArguments(boolean.class)));
    }

    public static class ReadDesc {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return ObjectStreamClass desc) {
            if (desc != null) {
                Bridge.deserialize(desc.getName(), desc.forClass() != null);
            }
        }
    }
}
