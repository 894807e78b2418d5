package pl.certbank.security.control;

import jakarta.enterprise.context.ApplicationScoped;

/** The one throttle of this server: sign-ins of every request go through it (per node; docs/adr/0009). */
@ApplicationScoped
public class SignInAttempts {

    private final LoginThrottle throttle = new LoginThrottle();

    public LoginThrottle throttle() {
        return throttle;
    }
}
