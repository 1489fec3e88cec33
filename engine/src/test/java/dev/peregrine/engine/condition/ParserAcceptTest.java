package dev.peregrine.engine.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accept table: each condition must parse and print as the canonical text on the right of {@code ==>}
 * ({@code =} means: unchanged). Every case is also re-parsed with its spaces replaced by newlines and by tabs, and
 * its canonical text re-parsed, all of which must print identically (as libsinsp's parser tests do).
 */
class ParserAcceptTest {

    private static final String TABLE = """
            proc.name = bash ==> =
            proc.name == bash ==> =
            proc.name=bash ==> proc.name = bash
            proc.name==bash ==> proc.name == bash
            proc.name != bash ==> =
            proc.name!=bash ==> proc.name != bash
            evt.count < 5 ==> =
            evt.count <= 5 ==> =
            evt.count > 5 ==> =
            evt.count >= 5 ==> =
            evt.count>=5 ==> evt.count >= 5
            evt.count<5 ==> evt.count < 5
            fd.num >= -1 ==> =
            evt.count > +3 ==> =
            evt.rawres < 1.5 ==> =
            evt.latency > 1e+3 ==> =
            evt.latency > 1.5E-2 ==> =
            evt.arg.flags > 0x1F ==> =
            evt.arg.flags >= 0xdeadBEEF ==> =
            fd.num = 0x1f ==> =
            proc.cmdline contains bash ==> =
            proc.cmdline icontains BaSh ==> =
            evt.buffer bcontains 48656c6c6f ==> =
            fd.name startswith /etc ==> =
            evt.buffer bstartswith 7f454c46 ==> =
            fd.name endswith .sh ==> =
            fd.name glob *.sh ==> =
            fd.name iglob /HOME/*/.SSH/* ==> =
            proc.cmdline regex "^sh -c .*" ==> =
            proc.name regex ^ba.h$ ==> =
            proc.name in (bash, sh) ==> =
            proc.name in (bash,sh) ==> proc.name in (bash, sh)
            proc.name in(bash) ==> proc.name in (bash)
            proc.name in () ==> =
            proc.name in ( ) ==> proc.name in ()
            proc.name in shell_binaries ==> =
            proc.args intersects (-c, -e) ==> =
            proc.args intersects suspicious_args ==> =
            fd.name pmatch (/etc, /usr/bin) ==> =
            fd.name pmatch sensitive_dirs ==> =
            proc.aname[2] exists ==> =
            k8s.ns.name exists ==> =
            proc.name exists and not fd.name exists ==> (proc.name exists and not fd.name exists)
            a or b and c ==> (a or (b and c))
            a and b or c ==> ((a and b) or c)
            a and b and c ==> (a and b and c)
            a or b or c ==> (a or b or c)
            not a and b ==> (not a and b)
            not a or not b ==> (not a or not b)
            not (a or b) ==> not (a or b)
            not not a ==> a
            not not not a ==> not a
            not(a) ==> not a
            not not(a) ==> a
            not(a and b) and c ==> (not (a and b) and c)
            a and (b or c) ==> (a and (b or c))
            (a) ==> a
            ((a)) ==> a
            ( ( a ) ) ==> a
            (a and b) and c ==> ((a and b) and c)
            a or(b) ==> (a or b)
            a and(b or c) ==> (a and (b or c))
            a or(b) and c ==> (a or (b and c))
            a and not b ==> (a and not b)
            a and not(b) ==> (a and not b)
            not proc.name = bash ==> =
            not proc.name in (a, b) and c ==> (not proc.name in (a, b) and c)
            (a or b) and (c or d) ==> ((a or b) and (c or d))
            a and b or c and d ==> ((a and b) or (c and d))
            not a and not b or not c ==> ((not a and not b) or not c)
            ((a or b) and not (c and (d or e))) ==> ((a or b) and not (c and (d or e)))
            spawned_process ==> =
            spawned_process and container ==> (spawned_process and container)
            nothing ==> =
            notebook and x ==> (notebook and x)
            android and order ==> (android and order)
            oranges or andes ==> (oranges or andes)
            not_allowed or notx ==> (not_allowed or notx)
            k8s_containers ==> =
            tolower(proc.name) = bash ==> =
            toupper(proc.name) = BASH ==> =
            b64(evt.arg.data) contains x ==> =
            basename(proc.exepath) = bash ==> =
            len(proc.args) > 10 ==> =
            tolower(toupper(proc.name)) = bash ==> =
            tolower( proc.name ) = bash ==> tolower(proc.name) = bash
            join(",", proc.args) = "a,b" ==> =
            concat(proc.name, "-", proc.pname) = bash-sh ==> =
            getopt(proc.args, "ab:")[b] = x ==> =
            join(" ", (proc.name, proc.pname)) = "a b" ==> =
            join(" ", ( proc.name , "x", 2 )) = y ==> join(" ", (proc.name, "x", 2)) = y
            join(",", ()) = "" ==> =
            basename(tolower(fd.name)) in (passwd, shadow) ==> =
            len(proc.aname[2]) >= 3 ==> =
            tolower(proc.aname[1]) = x ==> =
            len(join(",", proc.args)) > 0x10 ==> =
            proc.name = val(proc.pname) ==> =
            proc.name != val( proc.pname ) ==> proc.name != val(proc.pname)
            proc.name = tolower(proc.pname) ==> =
            evt.count > val(evt.num) ==> =
            evt.count > len(proc.args) ==> =
            proc.name in tolower(proc.pname) ==> =
            proc.name in val(proc.pname) ==> =
            tolower(proc.name) = val(proc.pname) ==> =
            proc.aname[2] = val(proc.aname[3]) ==> =
            proc.name contains val(proc.pname) ==> =
            proc.aname[2] = bash ==> =
            evt.arg[0] = x ==> =
            evt.arg.flags contains O_CREAT ==> =
            proc.aname["x y"] = z ==> =
            proc.aname['x'] = z ==> proc.aname[x] = z
            evt.arg[fd] exists ==> =
            container.label[io.kubernetes.pod.name] = x ==> =
            json.value[/user/name] = x ==> =
            proc.env[HOME] = /root ==> =
            proc.aname[2]=bash ==> proc.aname[2] = bash
            k8s.ns.name = default ==> =
            fd.sip.name = example.com ==> =
            fd.sip = 10.0.0.1 ==> =
            fd.net = 10.0.0.0/8 ==> =
            fd.sip = ::1 ==> =
            fd.sip in (10.0.0.1, "::1", fe80::1) ==> =
            evt.rawarg.size > 0 ==> =
            k8s.pod.label.app = x ==> =
            container.image.repository = docker.io/library/nginx ==> =
            proc.name = systemd-logind ==> =
            fd.name = /etc/shadow ==> =
            fd.name glob /home/*/.ssh/* ==> =
            proc.cmdline contains --privileged ==> =
            proc.name = <NA> ==> =
            proc.name = bash] ==> =
            fd.name = C:\\Windows ==> =
            proc.name = "bash" ==> =
            proc.name = 'bash' ==> proc.name = "bash"
            proc.cmdline = "a b" ==> =
            proc.cmdline contains "say \\"hi\\"" ==> =
            proc.cmdline contains 'it\\'s' ==> proc.cmdline contains "it's"
            proc.cmdline contains "a\\\\b" ==> =
            proc.cmdline contains "tab\\there" ==> =
            proc.cmdline contains "line\\nbreak" ==> =
            proc.cmdline contains "\\b\\f\\r" ==> =
            fd.name = "a\\/b" ==> fd.name = "a/b"
            proc.cmdline contains "x'y" ==> =
            proc.cmdline contains 'x"y' ==> proc.cmdline contains "x\\"y"
            proc.name = "" ==> =
            proc.name = '' ==> proc.name = ""
            proc.cmdline contains "( ), = ," ==> =
            proc.name = "a\\ b" ==> proc.name = "a\\\\b"
            proc.name in ("a b", 'c', d) ==> proc.name in ("a b", "c", d)
            proc.name in (a, (b, c)) ==> =
            proc.name in ((a), ((b))) ==> =
            proc.name in (shell_binaries, bash) ==> =
            evt.type in (open,openat , openat2 ) ==> evt.type in (open, openat, openat2)
            fd.sport in (80, 443, 8080) ==> =
            proc.name in ("shell_binaries") ==> =
            anyof fd.names startswith /etc ==> =
            allof proc.args startswith - ==> =
            oneof proc.aname in (bash, sh) ==> =
            anyof tolower(proc.args) contains x ==> =
            anyof and b ==> (anyof and b)
            anyof ==> =
            allof or oneof ==> (allof or oneof)
            not anyof proc.args = x ==> =
            anyof proc.args = x and b ==> (anyof proc.args = x and b)
              proc.name = bash   ==> proc.name = bash
            proc.name = bash and fd.name = x ==> (proc.name = bash and fd.name = x)
            evt.type = execve and evt.dir = < ==> (evt.type = execve and evt.dir = <)
            evt.dir=> ==> evt.dir = >
            proc.name exists and(proc.name = a) ==> (proc.name exists and proc.name = a)
            """;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : TABLE.split("\n")) {
            int arrow = line.lastIndexOf(" ==> ");
            String input = line.substring(0, arrow);
            String expected = line.substring(arrow + 5);
            cases.add(Arguments.of(input, "=".equals(expected) ? input : expected));
        }
        return cases;
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(cases().size() >= 150, "accept table has " + cases().size() + " cases");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void parsesToCanonicalText(String input, String canonical) throws ConditionSyntaxException {
        assertEquals(canonical, ConditionPrinter.print(Parser.parse(input)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void blanksDoNotMatter(String input, String canonical) throws ConditionSyntaxException {
        assertEquals(canonical, ConditionPrinter.print(Parser.parse(Conditions.replaceSpaces(input, "\n"))));
        assertEquals(canonical, ConditionPrinter.print(Parser.parse(Conditions.replaceSpaces(input, "\t"))));
        assertEquals(canonical, ConditionPrinter.print(Parser.parse(Conditions.replaceSpaces(input, " \r\n  "))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void canonicalTextIsAFixedPoint(String input, String canonical) throws ConditionSyntaxException {
        Expr first = Parser.parse(input);
        Expr again = Parser.parse(ConditionPrinter.print(first));
        assertEquals(canonical, ConditionPrinter.print(again));
    }
}
