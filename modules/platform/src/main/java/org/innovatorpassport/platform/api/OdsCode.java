package org.innovatorpassport.platform.api;

import java.util.regex.Pattern;

/**
 * The shape of an ODS code (trust {@code RH8}, site {@code RH802}, independent provider {@code 8HA03}).
 * Only the shape is checked here; the ODS service is the authority on whether it exists.
 */
public final class OdsCode {
    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9]{3,6}$");

    private OdsCode() {
    }

    public static boolean hasValidShape(String code) {
        return code != null && SHAPE.matcher(code).matches() && code.chars().anyMatch(Character::isLetter);
    }
}
