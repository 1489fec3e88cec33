package dev.peregrine.bench.agent;

/**
 * The trivial application whose launch time is measured with and without the agent. It only reports whether the
 * agent is active, so the harness can check each launch measured what it claims to. Compiled for Java 17.
 */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("agent=" + AgentProbe.isActive());
    }
}
