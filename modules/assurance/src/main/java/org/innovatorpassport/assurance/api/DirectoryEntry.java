package org.innovatorpassport.assurance.api;

import java.time.Instant;

/** A product version's current passport as the public directory lists it, and when that passport last changed. */
public record DirectoryEntry(PassportView passport, Instant changedAt) {
}
