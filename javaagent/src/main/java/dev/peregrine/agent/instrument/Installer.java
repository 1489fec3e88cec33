package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.agent.bridge.Bridge;
import java.lang.instrument.Instrumentation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs all hooks with one ByteBuddy {@link AgentBuilder}: retransformation (the JDK classes are loaded long
 * before premain), no class format changes (retransformation may not add methods or fields: advice is inlined),
 * and a read edge from each transformed module ({@code java.base}, {@code java.naming}) to the bootstrap loader's
 * unnamed module, where the bridge lives, because named modules do not read it by default.
 */
public final class Installer {

    private Installer() {
    }

    public static List<Hook> allHooks() {
        return List.of(new FileHooks(), new FileChangeHooks(), new ProcessHooks(), new NetHooks(),
                new DeserializationHooks(), new JndiHooks(), new NativeLibraryHooks());
    }

    /** Installs the hooks; returns how many types were transformed. */
    public static int install(Instrumentation inst, List<Hook> hooks) {
        AtomicInteger transformed = new AtomicInteger();
        Set<String> targets = new HashSet<>();
        AgentBuilder b = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                // Advice only visits the methods' code: decorating keeps the class as it is, without building the
                // full method graph of each type (and its super types) that a redefinition needs.
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                // Type descriptions parsed without method bodies, which matching never needs.
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(new Listener(transformed))
                .assureReadEdgeTo(inst, JavaModule.ofType(Bridge.class));
        for (Hook hook : hooks) {
            b = hook.extend(b, targets);
        }
        // Every class loaded before and after start-up passes this check first: anything but the dozen JDK types we
        // instrument is rejected by its name alone (the default would ignore exactly the JDK's bootstrap classes).
        b.ignore(not(namedOneOf(targets.toArray(new String[0])))).installOn(inst);
        return transformed.get();
    }

    /** Reports transformation errors (once) and counts transformed types. */
    private static final class Listener extends AgentBuilder.Listener.Adapter {
        private final AtomicInteger transformed;

        Listener(AtomicInteger transformed) {
            this.transformed = transformed;
        }

        @Override
        public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded,
                                     DynamicType dynamicType) {
            transformed.incrementAndGet();
        }

        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable t) {
            AgentLog.failure("instrumenting " + typeName, t);
        }
    }
}
