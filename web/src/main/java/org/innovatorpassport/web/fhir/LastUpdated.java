package org.innovatorpassport.web.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The {@code _lastUpdated} search parameter as a half-open range [from, before). A FHIR date stands for
 * the whole span of its precision (2026 is the year, 2026-03-01 the day), so {@code gt2026-03-01} starts
 * after that day ends and {@code le2026-03-01} takes in all of it; a date without a time zone is read as
 * UTC. Several values narrow the range together (AND).
 */
record LastUpdated(Instant from, Instant before) {
    static final LastUpdated ANY = new LastUpdated(null, null);

    /** Adds one value such as {@code ge2026-03-01} or {@code lt2026-03-01T10:00:00Z} to this range. */
    LastUpdated and(String value) {
        if (value == null || value.isBlank()) {
            throw FhirRefusal.invalid("_lastUpdated needs a value, such as ge2026-01-01");
        }
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        String date = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
        Instant[] span = span(date);
        return switch (prefix) {
            case "eq" -> narrow(span[0], span[1]);
            case "ge" -> narrow(span[0], null);
            case "gt" -> narrow(span[1], null);
            case "le" -> narrow(null, span[1]);
            case "lt" -> narrow(null, span[0]);
            default -> throw FhirRefusal.invalid("_lastUpdated takes the prefixes eq, ge, gt, le and lt; not " + prefix);
        };
    }

    private LastUpdated narrow(Instant start, Instant end) {
        Instant f = start == null ? from : from == null ? start : (start.isAfter(from) ? start : from);
        Instant b = end == null ? before : before == null ? end : (end.isBefore(before) ? end : before);
        return new LastUpdated(f, b);
    }

    /** The first instant the value covers and the first instant after it. */
    static Instant[] span(String date) {
        try {
            if (date.matches("\\d{4}")) {
                Instant start = LocalDate.of(Integer.parseInt(date), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Instant[] {start, LocalDate.of(Integer.parseInt(date) + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()};
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(date);
                return new Instant[] {month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()};
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(date);
                return new Instant[] {day.atStartOfDay(ZoneOffset.UTC).toInstant(), day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()};
            }
            Instant at = OffsetDateTime.parse(date).toInstant();
            ChronoUnit precision = date.matches(".*T\\d{2}:\\d{2}:\\d{2}\\.\\d+.*") ? ChronoUnit.MILLIS
                    : date.matches(".*T\\d{2}:\\d{2}:\\d{2}.*") ? ChronoUnit.SECONDS : ChronoUnit.MINUTES;
            return new Instant[] {at, at.plus(1, precision)};
        } catch (DateTimeParseException | NumberFormatException e) {
            throw FhirRefusal.invalid("_lastUpdated must be a FHIR date or dateTime with a time zone, such as "
                    + "ge2026-01-01 or lt2026-01-01T12:00:00Z; not " + date);
        }
    }
}
