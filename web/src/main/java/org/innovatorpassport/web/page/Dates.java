package org.innovatorpassport.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as NHS.UK writes them (6 April 2026); times in UK time, since that is where the users are. */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Dates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "Not stated" : DAY.format(date);
    }

    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
