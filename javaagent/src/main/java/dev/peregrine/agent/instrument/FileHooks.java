package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * File opens at the lowest Java level both I/O APIs go through: the private {@code open} methods of
 * {@code FileInputStream}, {@code FileOutputStream} and {@code RandomAccessFile} (java.io, which every jar read
 * and most logging use), and {@code sun.nio.fs.UnixNativeDispatcher.open/openat} (every NIO channel and stream).
 * java.io modes are turned into the open(2) flags the JDK passes to the kernel.
 */
public final class FileHooks implements Hook {

    private static final String DISPATCHER = "sun.nio.fs.UnixNativeDispatcher";

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        b = Hook.advise(b, targets, "java.io.FileInputStream", InputOpen.class, named("open").and(takesArguments(String.class)));
        b = Hook.advise(b, targets, "java.io.FileOutputStream", OutputOpen.class,
                named("open").and(takesArguments(String.class, boolean.class)));
        b = Hook.advise(b, targets, "java.io.RandomAccessFile", RandomOpen.class,
                named("open").and(takesArguments(String.class, int.class)));
        b = Hook.advise(b, targets, DISPATCHER, NioOpen.class,
                named("open").and(takesArguments(3)).and(takesArgument(0, named("sun.nio.fs.UnixPath"))));
        return Hook.advise(b, targets, DISPATCHER, NioOpenAt.class,
                named("openat").and(takesArguments(4)).and(takesArgument(1, byte[].class)));
    }

    public static class InputOpen {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) String name) {
            return Bridge.fileOpen(name, Bridge.O_RDONLY);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class OutputOpen {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) String name, @Advice.Argument(1) boolean append) {
            return Bridge.fileOpen(name, Bridge.O_WRONLY | Bridge.O_CREAT | (append ? Bridge.O_APPEND : Bridge.O_TRUNC));
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class RandomOpen {
        /** RandomAccessFile's own mode bits: 1 read-only, 2 read-write (creates the file). */
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) String name, @Advice.Argument(1) int mode) {
            return Bridge.fileOpen(name, (mode & 2) != 0 ? Bridge.O_RDWR | Bridge.O_CREAT : Bridge.O_RDONLY);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class NioOpen {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) Object path, @Advice.Argument(1) int flags) {
            return Bridge.fileOpen(path, flags);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class NioOpenAt {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(1) byte[] path, @Advice.Argument(2) int flags) {
            return Bridge.fileOpen(path, flags);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }
}
