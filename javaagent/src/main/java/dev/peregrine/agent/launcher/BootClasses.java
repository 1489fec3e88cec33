package dev.peregrine.agent.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;

/**
 * Defines the bridge's classes directly in the bootstrap class loader, without appending a jar to the bootstrap
 * class path: the JVM turns class data sharing off for every non-boot class as soon as the boot class path is
 * appended to (and prints "Sharing is only supported for boot loader classes because bootstrap classpath has been
 * appended" into the application's stderr), which slows the application's own class loading.
 *
 * <p>The JDK's internal {@code jdk.internal.misc.Unsafe.defineClass} with a null loader is the one way to do this;
 * its package is opened to this launcher's module only, through {@link Instrumentation#redefineModule}, which an
 * agent is allowed to do. The bytes come from the agent's own jar, never from a file another user could write.
 * When any of this is refused, the caller falls back to appending the extracted jar.
 */
final class BootClasses {

    private static final String UNSAFE = "jdk.internal.misc.Unsafe";

    private BootClasses() {
    }

    /** Defines every class of the nested jar {@code entry} of {@code agentJar} in the bootstrap loader. */
    static void define(Instrumentation inst, Path agentJar, String entry) throws Exception {
        Map<String, byte[]> classes = read(agentJar, entry);
        Module base = Object.class.getModule();
        inst.redefineModule(base, Set.of(), Map.of(), Map.of("jdk.internal.misc", Set.of(BootClasses.class.getModule())),
                Set.of(), Map.of());
        Class<?> unsafeClass = Class.forName(UNSAFE);
        Object unsafe = unsafeClass.getMethod("getUnsafe").invoke(null);
        Method define = unsafeClass.getMethod("defineClass", String.class, byte[].class, int.class, int.class,
                ClassLoader.class, ProtectionDomain.class);
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            define.invoke(unsafe, c.getKey(), c.getValue(), 0, c.getValue().length, null, null);
        }
    }

    /** Class name to bytes, for the classes of the nested jar (package-info left out: it has no code). */
    private static Map<String, byte[]> read(Path agentJar, String entry) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (JarFile outer = new JarFile(agentJar.toFile())) {
            ZipEntry nested = outer.getEntry(entry);
            if (nested == null) {
                throw new IOException(agentJar + " has no " + entry + ": not a Peregrine agent jar");
            }
            try (InputStream in = outer.getInputStream(nested); JarInputStream jar = new JarInputStream(in)) {
                for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                    String name = e.getName();
                    if (name.endsWith(".class") && !name.endsWith("package-info.class")) {
                        classes.put(name.substring(0, name.length() - 6).replace('/', '.'), jar.readAllBytes());
                    }
                }
            }
        }
        if (classes.isEmpty()) {
            throw new IOException(entry + " holds no classes");
        }
        return classes;
    }
}
