/**
 * The attacker (and the ordinary users) of the demo app: {@link Driver} sends each {@link Step} in order, one
 * request id per step (the app names its handling thread after it), and prints one JSON line per step: what was
 * sent, what came back, the evidence that the attack really worked (a proof file created by the gadget chain, the
 * reverse shell's {@code id} output, the LDAP search the service made...) and the step's start and end times, so a
 * reader can tie alerts to steps by thread name or, for kernel-only alerts, by time.
 *
 * <p>The attacker's infrastructure lives here, on loopback: the LDAP server answering the JNDI lookup
 * ({@link RogueLdap}, UnboundID's in-memory directory), the listener the reverse shell connects back to
 * ({@link ShellListener}), and the serialized gadget chain ({@link GadgetPayload}). Each step also says which
 * Peregrine rule should catch it ({@code expect}); benign steps expect none at Warning or above.
 */
package dev.peregrine.demo.driver;
