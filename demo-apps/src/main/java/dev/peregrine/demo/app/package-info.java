/**
 * A deliberately vulnerable HTTP service, for {@code peregrine demo} and the integration tests: the JDK's own
 * {@code com.sun.net.httpserver}, bound to 127.0.0.1 only, serving a small web root from a private temporary
 * directory. Each handler reproduces one classic flaw for real, with the code a hurried developer writes:
 * <ul>
 *   <li>{@link LookupHandler}: command injection ({@code sh -c "getent hosts " + host});</li>
 *   <li>{@link FilesHandler}: path traversal ({@code webroot.resolve(name)} without normalising);</li>
 *   <li>{@link CartHandler}: unsafe Java deserialization of the request body (commons-collections 3.2.1 is on the
 *       class path, so a gadget chain runs);</li>
 *   <li>{@link JndiHandler}: a JNDI lookup of a name taken from the request (Log4Shell's shape);</li>
 *   <li>{@link UploadHandler}: uploads stored in the served directory under the client's file name (webshells);</li>
 *   <li>{@link PluginHandler}: native "plugins" loaded from any path ({@code System.load});</li>
 *   <li>{@link NativeDebugHandler}: a debug endpoint calling libc {@code system()} through FFM, which bypasses
 *       {@code ProcessBuilder} entirely.</li>
 * </ul>
 * Every request runs on a worker thread renamed {@code http-<X-Request-Id>} while it is handled, as many services
 * name threads after the request: the agent reports the thread name, which is how the demo ties each alert to the
 * request that caused it. The service never listens beyond loopback.
 */
package dev.peregrine.demo.app;
