package org.innovatorpassport.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that the build produced, deployed as it is: tests exercise what users get. */
public final class Stack {

    private Stack() {
    }

    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("passport.war")));
    }

    public static int managementPort() {
        return Integer.getInteger("passport.management.port", 10090);
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
