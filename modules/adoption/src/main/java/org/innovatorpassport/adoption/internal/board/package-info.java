/**
 * Regional innovation boards, their member trusts and members, and the programmes they run:
 * shortlists and decisions, where a decision is superseded and never edited; and each board's report.
 */
package org.innovatorpassport.adoption.internal.board;
