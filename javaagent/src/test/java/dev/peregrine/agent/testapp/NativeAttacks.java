package dev.peregrine.agent.testapp;

import io.netty.util.internal.NativeLibraryUtil;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Native code: a library dropped into a world-writable directory and loaded, libc bound through FFM, and their
 * look-alikes (the same library from the system's directory or loaded by a library known to extract its own, zlib
 * through FFM, libc through JNI). The payload is a copy of the system's zlib: real, and harmless to load.
 */
final class NativeAttacks {

    private NativeAttacks() {
    }

    /** A copy of the system's zlib dropped into the work directory (under /tmp) and loaded from there. */
    static String nativeWritable(Path dir) throws IOException {
        Path lib = dir.resolve("libpayload.so");
        Files.copy(Path.of(NativeLibs.zlib()), lib, StandardCopyOption.REPLACE_EXISTING);
        System.load(lib.toString()); // mark:native-writable
        return "loaded " + lib.getFileName();
    }

    /** The same library from the system's library directory. */
    static String nativeSystem() {
        System.load(NativeLibs.zlib()); // mark:native-system
        return "loaded libz.so.1";
    }

    /** The same payload, loaded by the stand-in of Netty's loader (jvm_native_extractor) as Netty loads its own. */
    static String nettyExtracted(Path dir) throws IOException {
        Path lib = dir.resolve("libnetty_transport_native_epoll_x86_64.so");
        Files.copy(Path.of(NativeLibs.zlib()), lib, StandardCopyOption.REPLACE_EXISTING);
        NativeLibraryUtil.loadLibrary(lib.toString());
        return "loaded " + lib.getFileName();
    }

    static String ffmLibc() throws Exception {
        Object lookup = libraryLookup().invoke(null, "libc.so.6", globalArena()); // mark:ffm-libc
        return "found getpid " + find(lookup, "getpid");
    }

    static String ffmLibz() throws Exception {
        Object lookup = libraryLookup().invoke(null, "libz.so.1", globalArena()); // mark:ffm-libz
        return "found zlibVersion " + find(lookup, "zlibVersion");
    }

    /** libc loaded the JNI way: not the FFM binding the rule is about. */
    static String jniLibc() {
        System.load(libc()); // mark:jni-libc
        return "loaded libc.so.6";
    }

    static String libc() {
        for (String p : new String[] {"/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6",
                "/lib64/libc.so.6", "/usr/lib64/libc.so.6"}) {
            if (Files.exists(Path.of(p))) {
                return p;
            }
        }
        throw new IllegalStateException("no libc.so.6 found");
    }

    /** {@code SymbolLookup.libraryLookup(String, Arena)} by reflection: the class exists from JDK 22 on. */
    private static Method libraryLookup() throws ReflectiveOperationException {
        return Class.forName("java.lang.foreign.SymbolLookup").getMethod("libraryLookup", String.class,
                Class.forName("java.lang.foreign.Arena"));
    }

    private static Object globalArena() throws ReflectiveOperationException {
        return Class.forName("java.lang.foreign.Arena").getMethod("global").invoke(null);
    }

    private static boolean find(Object lookup, String symbol) throws ReflectiveOperationException {
        Method find = Class.forName("java.lang.foreign.SymbolLookup").getMethod("find", String.class);
        return ((Optional<?>) find.invoke(lookup, symbol)).isPresent();
    }
}
