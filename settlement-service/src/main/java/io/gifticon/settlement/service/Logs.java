package io.gifticon.settlement.service;

/** Values from outside (an event's id, type, source) made safe for one log line: printable, short. */
final class Logs {
    private Logs() {}

    static String safe(String value) {
        if (value == null) {
            return "(none)";
        }
        String printable = value.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
