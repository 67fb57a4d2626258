package org.innovatorpassport.adoption.api;

import java.util.List;
import java.util.UUID;

/** A regional innovation board with its member trusts (ODS codes) and members. */
public record BoardView(UUID id, String name, String region, List<String> trusts, List<BoardMemberView> members) {
}
