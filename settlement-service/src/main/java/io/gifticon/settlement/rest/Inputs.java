package io.gifticon.settlement.rest;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.TreeSet;

/** Reads request parameters, answering bad ones with a 400 problem. */
final class Inputs {
    /** No settlement data is older: a date before it is a typo or a probe. */
    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

    private Inputs() {}

    /** {@code YYYY-MM-DD} from {@link #FIRST_DATE} to tomorrow in {@code zone} (the business day may be ahead). */
    static LocalDate date(String name, String value, boolean required, ZoneId zone) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(name + " is required (YYYY-MM-DD)");
            }
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be a date YYYY-MM-DD, was '" + shorten(value) + "'");
        }
        LocalDate last = LocalDate.now(zone).plusDays(1);
        if (date.isBefore(FIRST_DATE) || date.isAfter(last)) {
            throw invalid(name + " must be from " + FIRST_DATE + " to " + last + ", was " + date);
        }
        return date;
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name + " is required");
        }
        return value.strip();
    }

    /** One of the providers the platform knows; 400 naming them otherwise. */
    static String provider(String name, String value, boolean required, Collection<String> known) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(name + " is required: one of " + new TreeSet<>(known));
            }
            return null;
        }
        String provider = value.strip();
        if (!known.contains(provider)) {
            throw invalid(name + " must be one of " + new TreeSet<>(known) + ", was '" + shorten(provider) + "'");
        }
        return provider;
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(
                Problem.of(400, "INVALID_REQUEST", "Invalid request", detail).withRetryable(false));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(
                Problem.of(404, "NOT_FOUND", "Not found", detail).withRetryable(false));
    }

    /** A client's value echoed in an error: at most 40 characters. */
    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
