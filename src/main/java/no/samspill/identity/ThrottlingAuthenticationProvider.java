package no.samspill.identity;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login with throttling per client address and per account ({@link LoginThrottle}): a refused attempt is
 * refused before the password is even checked, so guessing stops paying off. A deactivated account fails like a
 * wrong password, and only after the password check, so neither the answer nor its timing tells strangers which
 * accounts exist.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(SamspillUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.delegate.setPreAuthenticationChecks(user -> { });
        this.delegate.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String clientAddress = ClientAddresses.of(authentication);
        if (throttle.registerAttempt(email, clientAddress)) {
            throw new LoginThrottledException("too many failed logins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(email, clientAddress);
            return result;
        } catch (DisabledException e) {
            throw new BadCredentialsException("bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
