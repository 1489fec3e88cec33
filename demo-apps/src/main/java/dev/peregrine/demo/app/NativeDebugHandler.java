package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@code GET /native/exec?cmd=...}: a "debug" endpoint left in production that runs a command through libc's
 * {@code system()}, called directly with the FFM API. This is the native escape: no {@code ProcessBuilder}, no
 * {@code Runtime.exec}; Java-level hooks on process creation never see the command. What remains visible inside
 * the JVM is the binding of the C library by name; the host probe sees the fork and exec themselves.
 */
final class NativeDebugHandler implements HttpHandler {

    @Override
    @SuppressWarnings("restricted") // native access is the point of this endpoint
    public void handle(HttpExchange exchange) throws IOException {
        String cmd = Responses.required(exchange, "cmd");
        int status;
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            MemorySegment system = SymbolLookup.libraryLookup("libc.so.6", arena).find("system").orElseThrow();
            MethodHandle call = linker.downcallHandle(system, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            status = (int) call.invokeExact(arena.allocateFrom(cmd));
        } catch (Throwable e) {
            Responses.send(exchange, 500, "native call failed: " + e + "\n");
            return;
        }
        Responses.send(exchange, 200, "system() returned " + status + "\n");
    }
}
