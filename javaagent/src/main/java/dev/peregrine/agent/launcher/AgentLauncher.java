package dev.peregrine.agent.launcher;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The agent's entry point ({@code Premain-Class} and {@code Agent-Class}), loaded by the system class loader. It
 * does as little as possible: puts the bridge in the bootstrap class loader ({@link BootClasses}), creates the agent's own class
 * loader over the core jar (parent: the platform loader, so neither the application's classes nor its libraries are
 * visible to the agent, and the agent's are invisible to the application), and hands over to
 * {@code dev.peregrine.agent.AgentRuntime}. Any failure is printed and swallowed: the application starts anyway.
 */
public final class AgentLauncher {

    private static final String RUNTIME = "dev.peregrine.agent.AgentRuntime";
    private static final String BRIDGE = "peregrine/bridge.jar";
    private static boolean started;

    private AgentLauncher() {
    }

    public static void premain(String args, Instrumentation inst) {
        launch(args, inst, false);
    }

    public static void agentmain(String args, Instrumentation inst) {
        launch(args, inst, true);
    }

    /**
     * Puts the bridge in the bootstrap loader: defined there directly (keeps class data sharing on), or, when the
     * JVM refuses that, from an extracted jar appended to the bootstrap class path.
     */
    private static void installBridge(Instrumentation inst, Path agentJar, PrivateFiles files) throws Exception {
        try {
            BootClasses.define(inst, agentJar, BRIDGE);
        } catch (Exception | LinkageError e) {
            File bridge = files.extract(agentJar, BRIDGE).toFile();
            inst.appendToBootstrapClassLoaderSearch(new JarFile(bridge));
        }
    }

    private static synchronized void launch(String args, Instrumentation inst, boolean dynamic) {
        if (started) {
            System.err.println("[peregrine] agent already running in this JVM; ignoring second start");
            return;
        }
        try {
            if (!inst.isRetransformClassesSupported()) {
                throw new IllegalStateException("this JVM cannot retransform classes");
            }
            Path agentJar = Path.of(AgentLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            PrivateFiles files = PrivateFiles.create();
            installBridge(inst, agentJar, files);
            File core = files.extract(agentJar, "peregrine/core.jar").toFile();
            ClassLoader loader = new URLClassLoader("peregrine", new URL[] {core.toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class.forName(RUNTIME, true, loader)
                    .getMethod("start", String.class, Instrumentation.class, boolean.class)
                    .invoke(null, args, inst, dynamic);
            started = true;
        } catch (Throwable t) {
            Throwable cause = t instanceof InvocationTargetException && t.getCause() != null ? t.getCause() : t;
            System.err.println("[peregrine] agent failed to start, application continues without it: " + cause);
        }
    }
}
