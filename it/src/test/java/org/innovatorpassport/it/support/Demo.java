package org.innovatorpassport.it.support;

/** The demo users that the application loads at start (PASSPORT_DEMO_DATA=true). */
public final class Demo {
    public static final String SUPPLIER = "supplier@demo.innovatorpassport.org";
    public static final String ASSESSOR = "assessor@demo.innovatorpassport.org";
    public static final String TRUST = "trust@demo.innovatorpassport.org";
    public static final String TRUST_OXFORD = "trust.oxford@demo.innovatorpassport.org";
    public static final String TRUST_BUCKS = "trust.bucks@demo.innovatorpassport.org";
    public static final String BOARD = "board@demo.innovatorpassport.org";
    public static final String ADMIN = "admin@demo.innovatorpassport.org";

    private Demo() {
    }
}
