package org.innovatorpassport.web.page;

import java.util.Optional;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Problem;

/**
 * What the page layout needs around every page: its title (marked when a form was refused, so a
 * screen reader hears it at once) and who is signed in, which decides the account links and the menu
 * (each role adds its own start page to it).
 */
public record Shell(String title, Optional<Caller> caller) {

    public static Shell of(String title, Optional<Caller> caller) {
        return new Shell(title, caller);
    }

    public static Shell of(String title, Optional<Caller> caller, Problem problem) {
        return new Shell(problem == null ? title : "Error: " + title, caller);
    }
}
