package org.innovatorpassport.adoption.api;

import java.util.List;
import java.util.UUID;

/** The reports of the boards the caller may see, for the dashboard, its charts and the PDF. */
public interface BoardReports {

    /** One report per board the caller may see: an admin every board, a board member those they sit on. */
    List<BoardReport> visible();

    /** The report of one board, if the caller may see it ("not found" otherwise). */
    BoardReport of(UUID boardId);
}
