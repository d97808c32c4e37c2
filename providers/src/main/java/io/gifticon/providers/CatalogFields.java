package io.gifticon.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading the loosely typed fields of provider catalogues (numbers and dates as text) for the catalog adapters. */
public final class CatalogFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFields() {}

    /** A whole number written as text; null when blank or not a number. */
    public static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A day as {@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code yyyy.MM.dd} or an ISO date-time; null otherwise. */
    public static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t.replace('.', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The provider's record(s) as JSON, the raw copy the catalog keeps. */
    public static String json(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
