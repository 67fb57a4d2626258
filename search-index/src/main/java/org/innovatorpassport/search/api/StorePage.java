package org.innovatorpassport.search.api;

import java.util.OptionalInt;
import org.innovatorpassport.platform.api.Problem;

/**
 * Which page of Health Store results to show: {@link #SIZE} listings a page, counted from 1.
 * Elasticsearch pages with from and size only within its first 10,000 hits (its result window), so
 * paging stops at {@link #MAX}; a store that large is narrowed by words or a condition, not paged through.
 */
public record StorePage(int number) {
    public static final int SIZE = 20;
    public static final int MAX = 10_000 / SIZE;
    public static final StorePage FIRST = new StorePage(1);

    public StorePage {
        if (number < 1 || number > MAX) {
            throw refused();
        }
    }

    /** The page a visitor asked for, as they typed it; none means the first. */
    public static StorePage of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return FIRST;
        }
        try {
            return new StorePage(Integer.parseInt(parameter.trim()));
        } catch (NumberFormatException notAWholeNumber) {
            throw refused();
        }
    }

    /** How many listings come before this page. */
    public int from() {
        return (number - 1) * SIZE;
    }

    /** How many pages {@code total} listings fill, as far as paging reaches. */
    public static int pages(long total) {
        return (int) Math.min(MAX, (total + SIZE - 1) / SIZE);
    }

    /** The position (from 1) of the first listing on this page, when it shows {@code shown} listings; 0 when none. */
    public long firstShown(int shown) {
        return shown == 0 ? 0 : from() + 1L;
    }

    public long lastShown(int shown) {
        return (long) from() + shown;
    }

    /** The page before this one that has listings: past the last page, that is the last page. */
    public OptionalInt previous(int pages) {
        return number == 1 || pages == 0 ? OptionalInt.empty() : OptionalInt.of(Math.min(number - 1, pages));
    }

    public OptionalInt next(int pages) {
        return number < pages ? OptionalInt.of(number + 1) : OptionalInt.empty();
    }

    private static Problem refused() {
        return Problem.invalid("page", "The page must be a whole number from 1 to " + MAX);
    }
}
