package org.innovatorpassport.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as NHS.UK writes them (6 April 2026); times in UK time, since that is where the users are. */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Dates() {
    }

    static String day(LocalDate date) {
        return date == null ? "Not stated" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    /** A date as typed in a form field: ISO, so it reads back the same. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
