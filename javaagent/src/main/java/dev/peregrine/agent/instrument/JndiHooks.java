package dev.peregrine.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.peregrine.agent.bridge.Bridge;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * JNDI: {@code javax.naming.InitialContext.getURLOrDefaultInitCtx(String|Name)}, which every name-taking operation
 * of {@code InitialContext} and its subclasses ({@code InitialDirContext}, {@code InitialLdapContext}) calls
 * first to pick the context for a URL scheme ({@code ldap:}, {@code rmi:}...) or the default one: lookup,
 * lookupLink, bind, list, search... The name is reported as given.
 */
public final class JndiHooks implements Hook {

    @Override
    public AgentBuilder extend(AgentBuilder b, Set<String> targets) {
        return Hook.advise(b, targets, "javax.naming.InitialContext", Lookup.class,
                named("getURLOrDefaultInitCtx").and(takesArguments(1)));
    }

    public static class Lookup {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.Argument(0) Object name) {
            return Bridge.jndi(name);
        }
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token) {
            if (token != null) {
                Bridge.end(token);
            }
        }
    }
}
