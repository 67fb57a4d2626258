package org.innovatorpassport.it.pages;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * What a supplier types into the registration page; the name, Companies House number and email are new
 * on every run, and every identifier fits both the registration form and the DTAC questions that ask for it again.
 */
record NewSupplier(String legalName, String companiesHouseNumber, String registeredAddress, String icoNumber,
                   String dsptOdsCode, String contactName, String contactEmail, String contactPhone, String password) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static NewSupplier fresh() {
        String run = lowerCaseToken(6);
        return new NewSupplier(
                "Page Journey Health " + run.toUpperCase(Locale.ROOT) + " Ltd",
                digits(8),
                digits(2) + " Form Street\nLeeds\nLS1 4AP",
                "ZA" + digits(6),
                "8" + capitals(2) + digits(2),
                "Petra Pages",
                "pages-" + run + "@supplier.example.org",
                "0113 496 " + digits(4),
                "page-journey-" + lowerCaseToken(10));
    }

    /** The supplier's web site, from its email domain. */
    String website() {
        return "https://www." + contactEmail.substring(contactEmail.indexOf('@') + 1);
    }

    static String digits(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return s.toString();
    }

    private static String capitals(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String lowerCaseToken(int length) {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
