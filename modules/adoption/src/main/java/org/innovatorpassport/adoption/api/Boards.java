package org.innovatorpassport.adoption.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Regional innovation boards: member trusts (by ODS code; a trust may sit on several boards) and the
 * users who sit on each. A platform admin manages them; board members see their own boards.
 */
public interface Boards {

    BoardView create(NewBoard board);

    /** The boards the caller may see: an admin every board, a board member those they sit on. */
    List<BoardView> visible();

    BoardView get(UUID boardId);

    BoardView addTrust(UUID boardId, MemberTrust trust);

    BoardView removeTrust(UUID boardId, String odsCode);

    /** Adds a user (who must hold the board role) as a member of the board. */
    BoardView addMember(UUID boardId, BoardMember member);

    /** The ODS codes of every trust on a board the user sits on; no access check, for other rules in this module. */
    Set<String> trustsSeenBy(UUID userId);

    /** The boards a trust sits on; no access check, for notices. */
    List<UUID> boardsWithTrust(String odsCode);

    /** Whether the user sits on the board; no access check. */
    boolean sitsOn(UUID userId, UUID boardId);
}
