package pl.certbank.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import pl.certbank.security.control.PasswordHashes;
import pl.certbank.security.entity.BankUser;
import pl.certbank.security.entity.Roles;

/** The accounts that may sign in. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Users {

    @PersistenceContext
    EntityManager em;

    /** Creates an account; the password is stored only as a hash. */
    public BankUser create(String username, String displayName, String password, Set<String> roles) {
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("User '" + username + "' exists already");
        }
        BankUser user = new BankUser(username, displayName, PasswordHashes.hash(password), roles);
        em.persist(user);
        return user;
    }

    /** Looks an account up by name; any signed-in caller may read its own account through this. */
    @PermitAll
    public Optional<BankUser> find(String username) {
        return em.createNamedQuery(BankUser.BY_USERNAME, BankUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }
}
