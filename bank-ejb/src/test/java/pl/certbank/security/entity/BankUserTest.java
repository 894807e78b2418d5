package pl.certbank.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BankUserTest {

    @Test
    void keepsKnownRoles() {
        var user = new BankUser("ewa", "Ewa", "$2a$10$x", Set.of(Roles.AUTHOR, Roles.REVIEWER));
        assertEquals(Set.of("author", "reviewer"), user.getRoles());
    }

    @Test
    void refusesAnUnknownRole() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new BankUser("ewa", "Ewa", "$2a$10$x", Set.of("superuser")));
        assertEquals("Unknown role in [superuser]; known roles: " + Roles.ALL, error.getMessage());
    }
}
