/**
 * A board member's pages: the pipeline by stage across the board's member trusts, flagged adoptions,
 * programmes with their shortlists and decisions; and the admin's management of boards.
 */
package org.innovatorpassport.web.page.board;
