package dev.peregrine.agent.bridge;

/**
 * What the agent does with each intercepted operation. Implemented by the agent core (in its own class loader);
 * called by {@link Bridge} with the re-entry guard held. Arguments are the JDK's own objects, typed {@code Object}
 * where the JDK type is internal ({@code sun.nio.fs.UnixPath}), so this interface names only public types.
 *
 * <p>Each operation is a bracket. The begin methods run when the JDK method is entered and return a token (the
 * pending event, opaque to the bridge), or null when the agent does not record this call; {@link #end} runs when
 * the JDK method returns or throws, with the time it did, and hands the event on. Between the two the JDK does the
 * native work (open(2), connect(2), the child's fork and exec), so the kernel's events of that thread between the
 * bracket's times belong to the operation.
 */
public interface Hooks {

    /** A file opened through java.io or NIO; {@code path} is a {@code String} or a {@code java.nio.file.Path}. */
    Object fileOpen(Object path, int flags);

    /** A file or directory deleted. */
    Object fileDelete(Object path);

    /** A file renamed (moved). */
    Object fileRename(Object from, Object to);

    /** A process about to be started: argv, environment (null when unchanged) and working directory. */
    Object exec(String[] argv, java.util.Map<String, String> environment, String dir);

    /** An IP socket connected ({@code bind == false}) or bound. */
    Object inetSocket(boolean bind, java.net.InetAddress address, int port);

    /** A UNIX domain socket connected or bound. */
    Object unixSocket(boolean bind, Object path);

    /** A JNDI name or URL looked up (or bound, listed...) through an {@code InitialContext}. */
    Object jndi(Object name);

    /** A native library loaded by JNI ({@code System.load/loadLibrary}) or FFM ({@code SymbolLookup}). */
    Object nativeLibrary(Object path, boolean ffm);

    /** An accept begins; the peer is known only at its end ({@link #accepted}). */
    Object acceptBegin();

    /** A class descriptor is about to be read from an {@code ObjectInputStream}; its name comes at the end. */
    Object deserializeBegin();

    /** The accept of {@code token} returned the connection from {@code remote} (a {@code SocketAddress}). */
    void accepted(Object token, Object remote, long endNanos);

    /** The descriptor read for {@code token}; {@code resolved} says whether a class was found. */
    void deserialized(Object token, String className, boolean resolved, long endNanos);

    /** The operation of {@code token} returned or threw at {@code endNanos} ({@code System.nanoTime()}). */
    void end(Object token, long endNanos);

    /** A failure inside the agent: counted, reported once. */
    void failed(Throwable t);
}
