package org.innovatorpassport.templates.internal;

/** A template, evidence type or index file that cannot be read; the application must not start with one. */
public class InvalidTemplateFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidTemplateFile(String message) {
        super(message);
    }

    public InvalidTemplateFile(String message, Throwable cause) {
        super(message, cause);
    }
}
