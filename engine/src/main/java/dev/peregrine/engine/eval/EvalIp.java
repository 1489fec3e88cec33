package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.List;

/**
 * Address and network comparisons ({@code fd.ip = 10.0.0.1}, {@code fd.net != "127.0.0.0/8"},
 * {@code fd.snet in (rfc_1918_addresses)}): {@code =} and {@code in} hold when the event's address is in any of
 * the networks, {@code !=} when it is in none. An absent or unparsable address is false, as in Falco.
 */
public final class EvalIp extends EvalNode {

    private final TextValue value;
    private final IpNetwork[] networks;
    private final boolean negate;

    public EvalIp(TextValue value, List<IpNetwork> networks, boolean negate) {
        this.value = value;
        this.networks = networks.toArray(new IpNetwork[0]);
        this.negate = negate;
    }

    @Override
    public boolean test(Event event) {
        String address = value.text(event);
        if (address == null || address.isEmpty()) {
            return false;
        }
        return IpNetwork.anyContains(networks, address) != negate;
    }
}
