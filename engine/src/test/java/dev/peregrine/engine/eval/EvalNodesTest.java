package dev.peregrine.engine.eval;

import dev.peregrine.engine.MapEvent;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.peregrine.engine.MapEvent.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalNodesTest {

    private final MapEvent event = MapEvent.syscall("openat")
            .with("proc.name", "bash")
            .with("fd.num", 3)
            .with("evt.rawres", -2)
            .with("fd.sport", 443)
            .with("evt.is_open_read", true)
            .with("fd.ip", "10.1.2.3")
            .with("fd.ip6", "2001:db8::1")
            .withList("proc.groups", "adm", "sudo");

    private static NumberValue num(String key) {
        return NumberValue.of(field(key));
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource(delimiter = ';', value = {
            "fd.num;=;3;true", "fd.num;=;4;false",
            "fd.num;!=;4;true", "fd.num;!=;3;false",
            "fd.num;<;4;true", "fd.num;<;3;false",
            "fd.num;<=;3;true", "fd.num;<=;2;false",
            "fd.num;>;2;true", "fd.num;>;3;false",
            "fd.num;>=;3;true", "fd.num;>=;4;false",
            "evt.rawres;>=;0;false", "evt.rawres;<;0;true",
            "evt.is_open_read;=;1;true", "evt.is_open_read;=;0;false",
            // absent field: every comparison is false, even !=
            "fd.missing;=;3;false", "fd.missing;!=;3;false", "fd.missing;<;3;false", "fd.missing;>=;3;false",
    })
    void numericComparisons(String key, String op, long operand, boolean expected) {
        assertEquals(expected, EvalNumber.of(num(key), op, operand).test(event));
    }

    @Test
    void numericIn() {
        LongSet ports = new LongSet(List.of(80L, 8080L, 443L, Long.MIN_VALUE));
        assertTrue(new EvalNumberIn(num("fd.sport"), ports).test(event));
        assertFalse(new EvalNumberIn(num("fd.num"), ports).test(event));
        assertFalse(new EvalNumberIn(num("fd.missing"), ports).test(event), "absent is not in the set");
        assertTrue(ports.contains(Long.MIN_VALUE));
        assertFalse(new LongSet(List.of()).contains(0));
    }

    @Test
    void absentFieldsAreFalseAndNotOfThemTrue() {
        EvalNode eq = new EvalText(TextValue.of(field("proc.pname")), TextPredicates.equalTo("sh"));
        EvalNode ne = new EvalText(TextValue.of(field("proc.pname")), TextPredicates.notEqualTo("sh"));
        assertFalse(eq.test(event));
        assertFalse(ne.test(event), "!= on an absent field is false in Falco");
        assertTrue(new EvalNot(eq).test(event));
        assertFalse(new EvalExists(field("proc.pname"), false).test(event));
        assertTrue(new EvalNot(new EvalExists(field("proc.pname"), false)).test(event));
        assertTrue(new EvalExists(field("proc.name"), false).test(event));
        assertTrue(new EvalExists(field("fd.num"), true).test(event));
        assertFalse(new EvalExists(field("fd.missing"), true).test(event));
        assertFalse(new EvalExists(Accessor.NONE, false).test(event));
    }

    @Test
    void booleanOperatorsShortCircuit() {
        EvalNode boom = new EvalNode() {
            @Override
            public boolean test(Event e) {
                throw new AssertionError("must not be evaluated");
            }
        };
        assertFalse(new EvalAnd(List.of(EvalConst.FALSE, boom)).test(event));
        assertTrue(new EvalOr(List.of(EvalConst.TRUE, boom)).test(event));
        assertTrue(new EvalAnd(List.of(EvalConst.TRUE, EvalConst.TRUE)).test(event));
        assertFalse(new EvalOr(List.of(EvalConst.FALSE, EvalConst.FALSE)).test(event));
        assertTrue(new EvalNot(EvalConst.FALSE).test(event));
    }

    @ParameterizedTest(name = "{0} {1} ({2}) is {3}")
    @CsvSource(delimiter = ';', value = {
            "fd.ip;=;10.1.2.3;true", "fd.ip;=;10.1.2.4;false",
            "fd.ip;=;10.0.0.0/8;true", "fd.ip;=;192.168.0.0/16;false",
            "fd.ip;!=;127.0.0.0/8;true", "fd.ip;!=;10.0.0.0/8;false",
            "fd.ip;in;172.16.0.0/12|10.0.0.0/8;true", "fd.ip;in;172.16.0.0/12|192.168.0.0/16;false",
            "fd.ip;=;0.0.0.0/0;true",
            "fd.ip6;=;2001:db8::/32;true", "fd.ip6;=;2001:db9::/32;false",
            "fd.ip6;=;2001:0db8:0:0:0:0:0:1;true", "fd.ip6;=;10.0.0.0/8;false",
            "fd.missing;=;10.0.0.0/8;false", "fd.missing;!=;10.0.0.0/8;false",
    })
    void ipComparisons(String key, String op, String networks, boolean expected) {
        List<IpNetwork> nets = java.util.Arrays.stream(networks.split("\\|")).map(IpNetwork::parse).toList();
        assertEquals(expected, new EvalIp(TextValue.of(field(key)), nets, op.equals("!=")).test(event));
    }

    @Test
    void ipParsing() {
        assertEquals(0x0a010203L, IpAddress.parseV4("10.1.2.3", 0, 8));
        assertEquals(-1, IpAddress.parseV4("10.1.2", 0, 6));
        assertEquals(-1, IpAddress.parseV4("10.1.2.256", 0, 10));
        long[] out = new long[2];
        assertTrue(IpAddress.parseV6("::1", 0, 3, out));
        assertEquals(0, out[0]);
        assertEquals(1, out[1]);
        assertTrue(IpAddress.parseV6("::ffff:1.2.3.4", 0, 14, out));
        assertEquals(0xffff01020304L, out[1]);
        assertFalse(IpAddress.parseV6("1::2::3", 0, 7, out));
        assertFalse(IpAddress.parseV6("12345::", 0, 7, out));
        assertTrue(IpNetwork.parse("10.0.0.0/8").contains("::ffff:10.9.9.9"), "IPv4-mapped address");
        assertThrows(IllegalArgumentException.class, () -> IpNetwork.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpNetwork.parse("example.com"));
    }

    @Test
    void listInMeansAllAndIntersectsMeansAny() {
        ListValue groups = ListValue.of(field("proc.groups"));
        assertTrue(EvalListIn.in(groups, List.of("adm", "sudo", "wheel")).test(event));
        assertFalse(EvalListIn.in(groups, List.of("adm")).test(event));
        assertTrue(EvalListIn.intersects(groups, List.of("sudo", "x")).test(event));
        assertFalse(EvalListIn.intersects(groups, List.of("wheel")).test(event));
        assertFalse(EvalListIn.intersects(ListValue.of(field("missing")), List.of("x")).test(event));
    }
}
