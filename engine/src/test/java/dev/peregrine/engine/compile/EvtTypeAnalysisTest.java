package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvtTypeAnalysisTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "evt.type = open|syscall|only [open]",
            "evt.type in (open, openat)|syscall|only [open, openat]",
            "evt.type != open|syscall|all except [open]",
            "not evt.type = open|syscall|all except [open]",
            "not evt.type in (open, close)|syscall|all except [close, open]",
            "proc.name = bash|syscall|all except [] (approx.)",
            "not proc.name = bash|syscall|all except [] (approx.)",
            "evt.type = open and proc.name = bash|syscall|only [open] (approx.)",
            "evt.type in (open, openat) and evt.type in (openat, execve)|syscall|only [openat]",
            "evt.type = open or evt.type = execve|syscall|only [execve, open]",
            "evt.type = open or proc.name = bash|syscall|all except [] (approx.)",
            "not (evt.type = open and proc.name = bash)|syscall|all except [] (approx.)",
            "not (evt.type = open or evt.type = close)|syscall|all except [close, open]",
            "evt.type != open and evt.type != close|syscall|all except [close, open]",
            "evt.type != open or evt.type = open|syscall|all except []",
            "evt.type = open and evt.type != open|syscall|only []",
            "evt.type in (open, close) and not evt.type = close|syscall|only [open]",
            "jvm.op = file_open|jvm|only [file_open]",
            "jvm.op = file_open|syscall|all except [] (approx.)",
    })
    void types(String condition, String source, String expected) throws Exception {
        assertEquals(expected, EvtTypeAnalysis.of(Parser.parse(condition), source).toString());
    }
}
