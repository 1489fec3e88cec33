package dev.peregrine.demo.driver;

/** What the driver did for one step, as it prints it (one JSON object per line). */
public record Report(Step step, Step.Outcome outcome, String error, long startMillis, long endMillis) {

    public String json() {
        StringBuilder b = new StringBuilder(256).append('{');
        field(b, "step", step.id()).append(',');
        field(b, "title", step.title()).append(',');
        field(b, "kind", step.isAttack() ? "attack" : "benign").append(',');
        field(b, "expect", step.expectedRule()).append(',');
        field(b, "sent", outcome == null ? null : outcome.sent()).append(',');
        b.append("\"status\":").append(outcome == null ? -1 : outcome.status()).append(',');
        field(b, "evidence", outcome == null ? null : outcome.evidence()).append(',');
        field(b, "error", error).append(',');
        b.append("\"start_ms\":").append(startMillis).append(",\"end_ms\":").append(endMillis);
        return b.append('}').toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        if (value == null) {
            return b.append("null");
        }
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
