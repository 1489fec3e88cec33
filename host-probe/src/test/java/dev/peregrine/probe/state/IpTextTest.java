package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IpTextTest {

    @Test
    void formatsLikeInetNtop() {
        assertEquals("127.0.0.1", IpText.ipv4(0x7f000001));
        assertEquals("255.0.10.1", IpText.ipv4(0xff000a01));
        assertEquals("::1", IpText.ipv6(0, 1));
        assertEquals("::", IpText.ipv6(0, 0));
        assertEquals("2001:db8::ff00:42:8329", IpText.ipv6(0x20010db800000000L, 0x0000ff0000428329L));
        assertEquals("2001:db8:0:1:1:1:1:1", IpText.ipv6(0x20010db800000001L, 0x0001000100010001L),
            "a single zero group is not compressed");
        assertEquals("10.1.2.3", IpText.ipv6(0, 0x0000ffff0a010203L), "IPv4-mapped prints as IPv4");
    }

    @Test
    void parsesProcNetAddresses() {
        assertEquals("127.0.0.1", NetTables.address("0100007F:1F90", false));
        assertEquals(8080, NetTables.port("0100007F:1F90"));
        assertEquals("::1", NetTables.address("00000000000000000000000001000000:0016", true));
        assertEquals("127.0.0.1", NetTables.address("0000000000000000FFFF00000100007F:0016", true));
    }
}
