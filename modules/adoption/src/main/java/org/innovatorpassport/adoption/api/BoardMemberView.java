package org.innovatorpassport.adoption.api;

import java.util.UUID;

/** A user who sits on a board. */
public record BoardMemberView(UUID userId, String displayName) {
}
