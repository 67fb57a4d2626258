package org.innovatorpassport.assurance.api;

import java.util.List;

/**
 * One current document of a supplier's evidence library, with what relies on it: the products
 * whose submissions use it ("Obs Planner 1.0") and the passports that cover it ("K7QF-2M9A, issued").
 */
public record LibraryEntry(String typeTitle, EvidenceView evidence, List<String> products, List<String> passports) {
}
