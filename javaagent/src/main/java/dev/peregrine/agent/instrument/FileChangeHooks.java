package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.io.File;
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
    public AgentBuilder extend(AgentBuilder b) {
        b = Hook.advise(b, "java.io.UnixFileSystem", IoDelete.class, named("delete").and(takesArguments(File.class)));
        b = Hook.advise(b, "java.io.UnixFileSystem", IoRename.class,
                named("rename").and(takesArguments(File.class, File.class)));
        b = Hook.advise(b, DISPATCHER, NioDelete.class,
                namedOneOf("unlink", "rmdir").and(takesArguments(1)).and(takesArgument(0, named(UNIX_PATH))));
        b = Hook.advise(b, DISPATCHER, NioDeleteAt.class, named("unlinkat").and(takesArguments(3)));
        b = Hook.advise(b, DISPATCHER, NioRename.class, named("rename").and(takesArguments(2)));
        return Hook.advise(b, DISPATCHER, NioRenameAt.class, named("renameat").and(takesArguments(4)));
    }

    public static class IoDelete {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) File file) {
            Bridge.fileDelete(file.getPath());
        }
    }

    public static class IoRename {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) File from, @Advice.Argument(1) File to) {
            Bridge.fileRename(from.getPath(), to.getPath());
        }
    }

    public static class NioDelete {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Object path) {
            Bridge.fileDelete(path);
        }
    }

    public static class NioDeleteAt {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) byte[] path) {
            Bridge.fileDelete(path);
        }
    }

    public static class NioRename {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Object from, @Advice.Argument(1) Object to) {
            Bridge.fileRename(from, to);
        }
    }

    public static class NioRenameAt {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) byte[] from, @Advice.Argument(3) byte[] to) {
            Bridge.fileRename(from, to);
        }
    }
}
