package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Native libraries. JNI: {@code System.load/loadLibrary} and {@code Runtime.load/loadLibrary} all end in the private
 * {@code jdk.internal.loader.NativeLibraries.loadLibrary(Class, String, boolean)} with the canonical path of the
 * library file (same on JDK 17 and 25). FFM (JDK 22+): {@code java.lang.foreign.SymbolLookup.libraryLookup(String
 * or Path, Arena)}; the type does not exist on JDK 17, so the matcher simply never matches there.
 */
public final class NativeLibraryHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        b = Hook.advise(b, targets, "jdk.internal.loader.NativeLibraries", Jni.class,
                named("loadLibrary").and(takesArguments(Class.class, String.class, boolean.class)));
        return Hook.advise(b, targets, "java.lang.foreign.SymbolLookup", Ffm.class,
                named("libraryLookup").and(isStatic()).and(isPublic()).and(takesArguments(2)));
    }

    public static class Jni {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(1) String path) {
            return Bridge.nativeLibrary(path, false);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class Ffm {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) Object pathOrName) {
            return Bridge.nativeLibrary(pathOrName, true);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }
}
