package org.innovatorpassport.assurance.internal.passport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * Signs, on every node as it starts, the passports issued before passports were signed: the
 * migration that added signatures cannot reach the signing key. A failure is logged, not fatal:
 * the passports stay unsigned (and verify as not valid) until the next start or an admin's
 * {@code POST /api/admin/passport-signatures}.
 */
@ApplicationScoped
class SigningAtStart {
    private static final Logger LOG = Logger.getLogger(SigningAtStart.class.getName());

    @Inject
    Passports passports;

    void start(@Observes @Priority(2000) SchemaReady ready) {
        try {
            int signed = passports.signUnsigned();
            if (signed > 0) {
                LOG.info(signed + " passport(s) issued before signing are now signed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "signing older passports failed; they stay unsigned until the next try", e);
        }
    }
}
