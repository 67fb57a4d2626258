package org.innovatorpassport.templates.api;

import java.util.Objects;

/** One choice of a {@link AnswerType#CHOICE} or {@link AnswerType#MULTI_CHOICE} criterion: the stored value and its label. */
public record Option(String value, String label) {
    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
