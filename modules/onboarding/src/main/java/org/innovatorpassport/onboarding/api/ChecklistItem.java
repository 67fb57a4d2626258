package org.innovatorpassport.onboarding.api;

/** One thing a supplier needs before it can submit for assurance. */
public record ChecklistItem(String code, String description, boolean done) {
}
