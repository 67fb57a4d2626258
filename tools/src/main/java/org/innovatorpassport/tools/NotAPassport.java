package org.innovatorpassport.tools;

/** The file is not a genuine signed passport: changed after signing, signed by an unknown key, or not one at all. */
final class NotAPassport extends Exception {

    NotAPassport(String message) {
        super(message);
    }
}
