package io.gifticon.settlement.rest;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads request parameters, answering bad ones with a 400 problem. */
final class Inputs {
    private Inputs() {
    }

    static LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(name + " is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name + " is required");
        }
        return value.strip();
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(Problem.of(400, "INVALID_REQUEST", "Invalid request", detail));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "NOT_FOUND", "Not found", detail));
    }
}
