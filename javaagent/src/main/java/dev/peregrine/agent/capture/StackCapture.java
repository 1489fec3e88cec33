package dev.peregrine.agent.capture;

import java.lang.StackWalker.StackFrame;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Captures the Java stack of an intercepted call with {@link StackWalker}: lazily (frames are materialized one by
 * one, the walk stops as soon as it has what it needs) and bounded ({@link #MAX_WALK} frames at most). The agent's
 * own frames (bridge, recorder) are left out, so the stack starts at the instrumented JDK method. The caller is the
 * first frame whose class was defined neither by the bootstrap/platform loaders (the JDK) nor by the agent's loader,
 * nor is a reflection trampoline. Reflection frames ({@code Method.invoke} and its accessors) are kept only between
 * the instrumented method and the caller: there they say the application reached the JDK method through
 * reflection (a gadget chain's way); beyond the caller they are mere plumbing (a launcher invoking {@code main}, a
 * framework invoking a controller) and are left out, as {@link StackWalker} leaves them out by default.
 * The application thread only walks; the consumer thread formats.
 */
final class StackCapture {

    /** Upper bound of frames walked while looking for the caller, whatever the stack depth asked for. */
    static final int MAX_WALK = 256;
    private static final String BRIDGE_PACKAGE = "dev.peregrine.agent.bridge.";
    private static final StackWalker WALKER =
            StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE,
                    StackWalker.Option.SHOW_REFLECT_FRAMES));

    private final ClassLoader agentLoader = StackCapture.class.getClassLoader();
    private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();

    /**
     * Keeps the frames of {@code e} (up to {@code depth}; none when 0) and its caller's frame, unformatted: turning a
     * frame into text (its line number and file) is most of a walk's cost, so it is left to the consumer thread
     * ({@link #materialize}). Frames are immutable once walked and safe to read from another thread.
     */
    void capture(CapturedEvent e, int depth) {
        WALKER.walk(frames -> {
            fill(frames.iterator(), e, depth);
            return null;
        });
    }

    private void fill(Iterator<StackFrame> frames, CapturedEvent e, int depth) {
        StackFrame[] kept = depth > 0 ? new StackFrame[Math.min(depth, MAX_WALK)] : null;
        int n = 0;
        StackFrame caller = null;
        for (int walked = 0; walked < MAX_WALK && frames.hasNext(); walked++) {
            StackFrame f = frames.next();
            Class<?> c = f.getDeclaringClass();
            ClassLoader loader = c.getClassLoader();
            if (loader == agentLoader || (loader == null && c.getName().startsWith(BRIDGE_PACKAGE))) {
                continue;
            }
            boolean reflection = isReflection(c);
            if (reflection && caller != null) {
                continue;
            }
            if (kept != null && n < kept.length) {
                kept[n++] = f;
            }
            if (caller == null && loader != null && loader != platformLoader && !reflection) {
                caller = f;
                e.callerLoader = loader;
            }
            if (caller != null && (kept == null || n >= kept.length)) {
                break;
            }
        }
        e.frames = kept == null ? null : n == kept.length ? kept : Arrays.copyOf(kept, n);
        e.callerFrame = caller;
        e.stackWalked = true;
    }

    /**
     * Method.invoke, Constructor.newInstance and their accessors, including the classes the JDK defines in loaders
     * of their own (JDK 17's generated accessors, {@code sun.reflect.misc.Trampoline}), which must not pass for
     * the application's caller.
     */
    private static boolean isReflection(Class<?> c) {
        String name = c.getName();
        return c == Method.class || c == Constructor.class || name.startsWith("jdk.internal.reflect.")
                || name.startsWith("sun.reflect.");
    }

    /** Formats the frames kept by {@link #capture} into {@code e.stack} and {@code e.caller}; consumer thread. */
    static void materialize(CapturedEvent e) {
        if (!e.stackWalked || e.stack != null || e.caller != null) {
            return;
        }
        if (e.frames != null) {
            List<String> stack = new ArrayList<>(e.frames.length);
            for (StackFrame f : e.frames) {
                String text = format(f);
                stack.add(text);
                if (f == e.callerFrame) {
                    e.caller = text;
                }
            }
            e.stack = stack;
        }
        if (e.caller == null && e.callerFrame != null) {
            e.caller = format(e.callerFrame);
        }
        e.frames = null;
        e.callerFrame = null;
    }

    static String format(StackFrame f) {
        StringBuilder b = new StringBuilder(96).append(f.getClassName()).append('.').append(f.getMethodName()).append('(');
        String file = f.getFileName();
        int line = f.getLineNumber();
        if (file == null) {
            b.append("Unknown Source");
        } else {
            b.append(file);
            if (line >= 0) {
                b.append(':').append(line);
            }
        }
        return b.append(')').toString();
    }
}
