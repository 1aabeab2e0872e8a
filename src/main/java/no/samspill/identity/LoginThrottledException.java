package no.samspill.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from this address, or for this account from this address; the login page says wait. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(String message) {
        super(message);
    }
}
