package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.io.File;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * File deletes and renames: {@code java.io.UnixFileSystem.delete/rename} (what {@code File.delete/renameTo} call)
 * and {@code sun.nio.fs.UnixNativeDispatcher.unlink/rmdir/unlinkat/rename/renameat} (what {@code Files.delete},
 * {@code Files.move} and secure directory streams call). The two paths never call each other, so no operation is
 * reported twice.
 */
public final class FileChangeHooks implements Hook {

    private static final String DISPATCHER = "sun.nio.fs.UnixNativeDispatcher";
    private static final String UNIX_PATH = "sun.nio.fs.UnixPath";

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        b = Hook.advise(b, targets, "java.io.UnixFileSystem", IoDelete.class, named("delete").and(takesArguments(File.class)));
        b = Hook.advise(b, targets, "java.io.UnixFileSystem", IoRename.class,
                named("rename").and(takesArguments(File.class, File.class)));
        b = Hook.advise(b, targets, DISPATCHER, NioDelete.class,
                namedOneOf("unlink", "rmdir").and(takesArguments(1)).and(takesArgument(0, named(UNIX_PATH))));
        b = Hook.advise(b, targets, DISPATCHER, NioDeleteAt.class, named("unlinkat").and(takesArguments(3)));
        b = Hook.advise(b, targets, DISPATCHER, NioRename.class, named("rename").and(takesArguments(2)));
        return Hook.advise(b, targets, DISPATCHER, NioRenameAt.class, named("renameat").and(takesArguments(4)));
    }

    public static class IoDelete {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) File file) {
            return Bridge.fileDelete(file.getPath());
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class IoRename {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) File from, @Advice.Argument(1) File to) {
            return Bridge.fileRename(from.getPath(), to.getPath());
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class NioDelete {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) Object path) {
            return Bridge.fileDelete(path);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class NioDeleteAt {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(1) byte[] path) {
            return Bridge.fileDelete(path);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class NioRename {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) Object from, @Advice.Argument(1) Object to) {
            return Bridge.fileRename(from, to);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class NioRenameAt {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(1) byte[] from, @Advice.Argument(3) byte[] to) {
            return Bridge.fileRename(from, to);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }
}
