package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.net.InetAddress;
import java.net.ProtocolFamily;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.file.Path;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Sockets. Connect and bind: {@code sun.nio.ch.Net.connect/bind(ProtocolFamily, FileDescriptor, InetAddress, int)},
 * which {@code Socket} (NioSocketImpl), {@code SocketChannel}, {@code ServerSocketChannel} and
 * {@code DatagramChannel} all reach, and {@code sun.nio.ch.UnixDomainSockets.connect/bind(FileDescriptor, Path)}.
 * Accept: the remote address is only known once the call returned, so the hooks are where the JDK hands it over:
 * {@code ServerSocket.implAccept(Socket)} on return (every {@code ServerSocket} and subclass, TLS included) and
 * {@code ServerSocketChannelImpl.finishAccept(FileDescriptor, SocketAddress)} on entry (channels and their
 * {@code socket()} adaptors, IP and UNIX domain).
 */
public final class NetHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b) {
        b = Hook.advise(b, "sun.nio.ch.Net", Connect.class, named("connect").and(takesArguments(
                ProtocolFamily.class, java.io.FileDescriptor.class, InetAddress.class, int.class)));
        b = Hook.advise(b, "sun.nio.ch.Net", Bind.class, named("bind").and(takesArguments(
                ProtocolFamily.class, java.io.FileDescriptor.class, InetAddress.class, int.class)));
        b = Hook.advise(b, "sun.nio.ch.UnixDomainSockets", UnixConnect.class,
                named("connect").and(takesArguments(2)).and(takesArgument(1, Path.class)));
        b = Hook.advise(b, "sun.nio.ch.UnixDomainSockets", UnixBind.class,
                named("bind").and(takesArguments(2)).and(takesArgument(1, Path.class)));
        b = Hook.advise(b, "java.net.ServerSocket", SocketAccept.class,
                named("implAccept").and(takesArguments(Socket.class)));
        return Hook.advise(b, "sun.nio.ch.ServerSocketChannelImpl", ChannelAccept.class,
                named("finishAccept").and(takesArguments(2)));
    }

    public static class Connect {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(2) InetAddress address, @Advice.Argument(3) int port) {
            Bridge.inetSocket(false, address, port);
        }
    }

    public static class Bind {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(2) InetAddress address, @Advice.Argument(3) int port) {
            Bridge.inetSocket(true, address, port);
        }
    }

    public static class UnixConnect {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Path path) {
            Bridge.unixSocket(false, path);
        }
    }

    public static class UnixBind {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Path path) {
            Bridge.unixSocket(true, path);
        }
    }

    public static class SocketAccept {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Argument(0) Socket socket) {
            Bridge.accept(socket.getRemoteSocketAddress());
        }
    }

    public static class ChannelAccept {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) SocketAddress remote) {
            Bridge.accept(remote);
        }
    }
}
