/**
 * The bootstrap bridge: the only Peregrine classes the bootstrap class loader sees.
 *
 * <p>Advice is inlined into JDK classes ({@code java.io.FileInputStream}, {@code sun.nio.ch.Net}...) that the
 * bootstrap loader defines, so the inlined code may only name classes that loader can resolve: the JDK's and this
 * package's. The launcher defines this package's classes in the bootstrap loader (falling back to appending them as a
 * small jar with {@code Instrumentation.appendToBootstrapClassLoaderSearch}); the agent, loaded by its own class loader, then
 * installs its {@link dev.peregrine.agent.bridge.Hooks} implementation with {@link Bridge#install}.
 *
 * <p>Rules every method here keeps, because it runs on application threads inside JDK internals:
 * <ul>
 *   <li>never throw: every entry point catches {@link java.lang.Throwable} and counts it in {@link Failures};</li>
 *   <li>never recurse: {@link ReentryGuard} marks the thread while the agent works, so files the agent opens
 *       (or classes it loads) while recording an event produce no events of their own;</li>
 *   <li>do nothing before the agent is ready, or after it was stopped ({@code hooks == null});</li>
 *   <li>depend on nothing but {@code java.base}: this package is compiled with the agent but must stand alone.</li>
 * </ul>
 */
package dev.peregrine.agent.bridge;
