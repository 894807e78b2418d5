package pl.certbank.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void hashIsBcryptInModularCryptFormAndVerifies() {
        String hash = PasswordHashes.hash("tajne hasło");
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertFalse(hash.contains("tajne"));
        assertTrue(PasswordHashes.matches("tajne hasło", hash));
        assertFalse(PasswordHashes.matches("tajne haslo", hash));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(PasswordHashes.hash("author"), PasswordHashes.hash("author"));
    }

    @Test
    void emptyPasswordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHashes.hash(""));
    }
}
