package dev.peregrine.cli.demo.live;

import com.fasterxml.jackson.databind.JsonNode;

/** One step as the demo driver reports it (see dev.peregrine.demo.driver.Report). */
record StepReport(String id, String title, boolean attack, String expectedRule, String sent, int status,
                  String evidence, String error, long startMillis, long endMillis) {

    static StepReport of(JsonNode n) {
        return new StepReport(n.path("step").asText(), n.path("title").asText(),
                "attack".equals(n.path("kind").asText()), text(n, "expect"), text(n, "sent"), n.path("status").asInt(-1),
                text(n, "evidence"), text(n, "error"), n.path("start_ms").asLong(), n.path("end_ms").asLong());
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The name the app gives the thread handling this step's requests. */
    String threadName() {
        return "http-" + id;
    }
}
