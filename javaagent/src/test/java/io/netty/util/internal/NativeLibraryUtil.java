package io.netty.util.internal;

/**
 * Test stand-in, not Netty: a class named like Netty's native library loader, whose frame is what the JVM rules'
 * {@code jvm_native_extractor} exception matches. Like the real one, it loads a library it extracted into the
 * temporary directory.
 */
public final class NativeLibraryUtil {

    private NativeLibraryUtil() {
    }

    public static void loadLibrary(String extracted) {
        System.load(extracted); // mark:netty-extracted
    }
}
