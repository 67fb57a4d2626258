package org.innovatorpassport.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashThatWouldWaitTooLongForThePoolIsRefusedWhateverItIsFor() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordHashing passwords = hashing(new SlowHash(hashing, release), Map.of(
                "PASSPORT_PASSWORD_HASHING_PERMITS", 1L, "PASSPORT_PASSWORD_HASHING_WAIT_MILLIS", 50L));
        Thread signIn = new Thread(() -> passwords.matches("guess", "hash"));
        signIn.start();
        hashing.await();

        // The current password of a password change goes through the same few permits as a sign-in.
        PasswordHashing.Busy busy = assertThrows(PasswordHashing.Busy.class, () -> passwords.matches("current", "hash"));
        assertEquals(429, busy.status());
        assertThrows(PasswordHashing.Busy.class, () -> passwords.hash("a-new-password"));

        release.countDown();
        signIn.join();
        assertTrue(passwords.matches("current", "hash"), "a permit is free again once the hash is done");
    }

    private static PasswordHashing hashing(Pbkdf2PasswordHash pbkdf2, Map<String, Long> settings) {
        PasswordHashing passwords = new PasswordHashing();
        passwords.pbkdf2 = pbkdf2;
        passwords.limits = SignInLimits.read(name -> Optional.ofNullable(settings.get(name)));
        passwords.configure();
        return passwords;
    }

    /** Holds the first hash until released, as a long PBKDF2 would. */
    private record SlowHash(CountDownLatch hashing, CountDownLatch release) implements Pbkdf2PasswordHash {
        @Override
        public String generate(char[] password) {
            return "hash";
        }

        @Override
        public boolean verify(char[] password, String hash) {
            hashing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }

        @Override
        public void initialize(Map<String, String> parameters) {
        }
    }
}
