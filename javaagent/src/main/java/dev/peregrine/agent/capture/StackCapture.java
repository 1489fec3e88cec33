package dev.peregrine.agent.capture;

import java.lang.StackWalker.StackFrame;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Captures the Java stack of an intercepted call with {@link StackWalker}: lazily (frames are materialized one by
 * one, the walk stops as soon as it has what it needs) and bounded ({@link #MAX_WALK} frames at most). The agent's
 * own frames (bridge, recorder) are left out, so the stack starts at the instrumented JDK method. The caller is the
 * first frame whose class was defined neither by the bootstrap/platform loaders (the JDK) nor by the agent's loader.
 */
final class StackCapture {

    /** Upper bound of frames walked while looking for the caller, whatever the stack depth asked for. */
    static final int MAX_WALK = 256;
    private static final String BRIDGE_PACKAGE = "dev.peregrine.agent.bridge.";
    private static final StackWalker WALKER =
            StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE));

    private final ClassLoader agentLoader = StackCapture.class.getClassLoader();
    private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();

    /** Fills {@code e.stack} (up to {@code depth} frames; none when 0) and {@code e.caller}. */
    void capture(CapturedEvent e, int depth) {
        WALKER.walk(frames -> {
            fill(frames.iterator(), e, depth);
            return null;
        });
    }

    private void fill(Iterator<StackFrame> frames, CapturedEvent e, int depth) {
        List<String> stack = depth > 0 ? new ArrayList<>(Math.min(depth, 64)) : null;
        for (int walked = 0; walked < MAX_WALK && frames.hasNext(); walked++) {
            StackFrame f = frames.next();
            Class<?> c = f.getDeclaringClass();
            ClassLoader loader = c.getClassLoader();
            if (loader == agentLoader || (loader == null && c.getName().startsWith(BRIDGE_PACKAGE))) {
                continue;
            }
            String text = null;
            if (stack != null && stack.size() < depth) {
                text = format(f);
                stack.add(text);
            }
            if (e.caller == null && loader != null && loader != platformLoader) {
                e.caller = text != null ? text : format(f);
                e.callerLoader = loader;
            }
            if (e.caller != null && (stack == null || stack.size() >= depth)) {
                break;
            }
        }
        e.stack = stack;
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
