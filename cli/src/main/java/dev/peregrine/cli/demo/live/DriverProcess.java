package dev.peregrine.cli.demo.live;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the demo driver (the attacker and the ordinary users) in its own JVM, without the agent. */
final class DriverProcess {

    static final String MAIN = "dev.peregrine.demo.driver.Driver";

    private DriverProcess() {
    }

    static List<StepReport> run(String java, DemoJars jars, String url, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("driver.jsonl");
        Path err = work.resolve("driver.log");
        Process p = new ProcessBuilder(java, "-cp", jars.app().toString(), MAIN, "--url", url)
                .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the demo driver did not finish in 120 s; its log:\n" + Files.readString(err));
        }
        ObjectMapper json = new ObjectMapper();
        List<StepReport> steps = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (!line.isBlank()) {
                steps.add(StepReport.of(json.readTree(line)));
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("the demo driver reported nothing (exit " + p.exitValue() + "); its log:\n"
                    + Files.readString(err));
        }
        return steps;
    }
}
