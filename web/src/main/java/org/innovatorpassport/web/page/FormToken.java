package org.innovatorpassport.web.page;

/**
 * The anti-forgery token of the request being answered, written into every form that changes
 * something (components/postForm.jte). Null until sign-in hardening gives each session one.
 */
public final class FormToken {
    public static final String FIELD = "csrf";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private FormToken() {
    }

    public static String current() {
        return CURRENT.get();
    }

    /** Set by the security layer for the request under way, and cleared when it ends. */
    public static void set(String token) {
        if (token == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(token);
        }
    }
}
