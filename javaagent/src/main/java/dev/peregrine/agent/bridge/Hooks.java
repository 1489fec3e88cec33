package dev.peregrine.agent.bridge;

/**
 * What the agent does with each intercepted operation. Implemented by the agent core (in its own class loader);
 * called by {@link Bridge} with the re-entry guard held. Arguments are the JDK's own objects, typed {@code Object}
 * where the JDK type is internal ({@code sun.nio.fs.UnixPath}), so this interface names only public types.
 */
public interface Hooks {

    /** A file opened through java.io or NIO; {@code path} is a {@code String} or a {@code java.nio.file.Path}. */
    void fileOpen(Object path, int flags);

    /** A file or directory deleted. */
    void fileDelete(Object path);

    /** A file renamed (moved). */
    void fileRename(Object from, Object to);

    /** A process about to be started: argv, environment (null when unchanged) and working directory. */
    void exec(String[] argv, java.util.Map<String, String> environment, String dir);

    /** An IP socket connected ({@code bind == false}) or bound. */
    void inetSocket(boolean bind, java.net.InetAddress address, int port);

    /** A UNIX domain socket connected or bound. */
    void unixSocket(boolean bind, Object path);

    /** A connection accepted; {@code remote} is the peer's {@code SocketAddress}. */
    void accept(Object remote);

    /** One class descriptor read by an {@code ObjectInputStream}; {@code resolved} says whether a class was found. */
    void deserialize(String className, boolean resolved);

    /** A JNDI name or URL looked up (or bound, listed...) through an {@code InitialContext}. */
    void jndi(Object name);

    /** A native library loaded by JNI ({@code System.load/loadLibrary}) or FFM ({@code SymbolLookup}). */
    void nativeLibrary(Object path, boolean ffm);

    /** A failure inside the agent: counted, reported once. */
    void failed(Throwable t);
}
