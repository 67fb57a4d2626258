package org.innovatorpassport.web.page;

/** One option of a radio group, checkbox group or select: the value sent and the words shown. */
public record Choice(String value, String label) {
}
