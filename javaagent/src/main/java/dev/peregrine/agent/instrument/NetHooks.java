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
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Sockets. Connect and bind: {@code sun.nio.ch.Net.connect/bind(ProtocolFamily, FileDescriptor, InetAddress, int)},
 * which {@code Socket} (NioSocketImpl), {@code SocketChannel}, {@code ServerSocketChannel} and
 * {@code DatagramChannel} all reach, and {@code sun.nio.ch.UnixDomainSockets.connect/bind(FileDescriptor, Path)}.
 * Accept: the methods that make the accept(2) call and learn the peer: {@code ServerSocket.implAccept(Socket)}
 * (every {@code ServerSocket} and subclass, TLS included) and the private
 * {@code ServerSocketChannelImpl.implAccept(FileDescriptor, FileDescriptor, SocketAddress[])} (channels and their
 * {@code socket()} adaptors, IP and UNIX domain; a non-blocking call that found no connection records nothing).
 * Every hook brackets its call: entered, then returned or thrown.
 */
public final class NetHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        b = Hook.advise(b, targets, "sun.nio.ch.Net", Connect.class, named("connect").and(takesArguments(
                ProtocolFamily.class, java.io.FileDescriptor.class, InetAddress.class, int.class)));
        b = Hook.advise(b, targets, "sun.nio.ch.Net", Bind.class, named("bind").and(takesArguments(
                ProtocolFamily.class, java.io.FileDescriptor.class, InetAddress.class, int.class)));
        b = Hook.advise(b, targets, "sun.nio.ch.UnixDomainSockets", UnixConnect.class,
                named("connect").and(takesArguments(2)).and(takesArgument(1, Path.class)));
        b = Hook.advise(b, targets, "sun.nio.ch.UnixDomainSockets", UnixBind.class,
                named("bind").and(takesArguments(2)).and(takesArgument(1, Path.class)));
        b = Hook.advise(b, targets, "java.net.ServerSocket", SocketAccept.class,
                named("implAccept").and(takesArguments(Socket.class)));
        return Hook.advise(b, targets, "sun.nio.ch.ServerSocketChannelImpl", ChannelAccept.class,
                named("implAccept").and(takesArguments(3)));
    }

    public static class Connect {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(2) InetAddress address, @Advice.Argument(3) int port) {
            return Bridge.inetSocket(false, address, port);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class Bind {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(2) InetAddress address, @Advice.Argument(3) int port) {
            return Bridge.inetSocket(true, address, port);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class UnixConnect {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(1) Path path) {
            return Bridge.unixSocket(false, path);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class UnixBind {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(1) Path path) {
            return Bridge.unixSocket(true, path);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }

    public static class SocketAccept {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter() {
            return Bridge.acceptBegin();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token, @Advice.Argument(0) Socket socket,
                         @Advice.Thrown Throwable thrown) {
            if (token != null) {
                Bridge.accepted(token, thrown == null ? socket.getRemoteSocketAddress() : null);
            }
        }
    }

    /** Returns 1 when it accepted a connection, whose peer it stored in {@code saa[0]}; else an IOStatus code. */
    public static class ChannelAccept {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter() {
            return Bridge.acceptBegin();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token, @Advice.Return int n, @Advice.Argument(2) SocketAddress[] saa) {
            if (token != null) {
                Bridge.accepted(token, n > 0 ? saa[0] : null);
            }
        }
    }
}
