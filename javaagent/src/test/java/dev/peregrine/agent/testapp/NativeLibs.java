package dev.peregrine.agent.testapp;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real shared object to load (the system's zlib), and FFM's library lookup by reflection (JDK 22+). */
final class NativeLibs {

    private NativeLibs() {
    }

    static String zlib() {
        for (String p : new String[] {"/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1",
                "/lib64/libz.so.1", "/usr/lib/libz.so.1"}) {
            if (Files.exists(Path.of(p))) {
                return p;
            }
        }
        throw new IllegalStateException("no libz.so.1 found");
    }

    static String ffmLookup(Path lib) throws Exception {
        Class<?> arena = Class.forName("java.lang.foreign.Arena");
        Object global = arena.getMethod("global").invoke(null);
        Class<?> symbolLookup = Class.forName("java.lang.foreign.SymbolLookup");
        Method lookup = symbolLookup.getMethod("libraryLookup", Path.class, arena);
        Object symbols = lookup.invoke(null, lib, global); // mark:ffm
        Object found = symbolLookup.getMethod("find", String.class).invoke(symbols, "zlibVersion");
        return "zlibVersion present " + ((java.util.Optional<?>) found).isPresent();
    }
}
