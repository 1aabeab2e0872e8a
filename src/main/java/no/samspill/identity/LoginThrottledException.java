package no.samspill.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this e-mail within the window; the login page tells the user to wait. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(String message) {
        super(message);
    }
}
