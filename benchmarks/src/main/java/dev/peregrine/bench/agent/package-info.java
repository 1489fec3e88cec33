/**
 * What the Java agent costs an application, always measured against a baseline in the same run.
 *
 * <ul>
 *   <li>{@link dev.peregrine.bench.agent.AgentOverheadBenchmark}: the intercepted operations (file open in an
 *       unwatched and a watched directory, {@code Files.readAllBytes}, loopback connect+accept, process start) as
 *       JMH benchmarks, run by {@link dev.peregrine.bench.agent.OverheadRun} in forks without and with
 *       {@code -javaagent}, interleaved so the load of a shared machine falls on both.</li>
 *   <li>{@link dev.peregrine.bench.agent.LaunchRuns}: start-up time and idle footprint, launching trivial
 *       applications ({@link dev.peregrine.bench.agent.Hello}, {@link dev.peregrine.bench.agent.HeapProbe}) on each
 *       JDK. They are compiled again for Java 17 at run time ({@link dev.peregrine.bench.agent.AppClasses}), since
 *       this module targets 25 and the agent's floor is 17.</li>
 *   <li>{@link dev.peregrine.bench.agent.AgentProbe}: every with-agent fork or launch checks the agent is really
 *       active (and every baseline that it is not): a measurement can never silently compare two baselines.</li>
 *   <li>{@link dev.peregrine.bench.agent.AgentBenchMain}: the entry point; prints baseline, with agent, ratio and
 *       added cost as Markdown tables. {@code -Dbench.smoke=true} runs everything once, briefly, for CI.</li>
 * </ul>
 *
 * The benchmarks do not depend on the agent's code: the agent jar is a path given at run time
 * ({@code -Dbench.agent.jar}), exactly as users deploy it.
 */
package dev.peregrine.bench.agent;
