package no.samspill.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import no.samspill.identity.domain.LoginFailure;
import no.samspill.identity.domain.LoginFailureRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per e-mail in a sliding window. Failures are written in their own transaction, so they
 * count even though the failed login itself throws.
 */
@Component
class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Counts this attempt as a failure before the password is checked, and answers whether it is one too many.
     * Writing first and counting after (in its own, committed transaction) means parallel requests cannot all slip
     * past the check before any failure is stored. A refused attempt is not kept, so hammering on a throttled
     * account does not push the user's wait further out.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean registerAttempt(String email) {
        String key = normalise(email);
        Instant now = clock.instant();
        LoginFailure attempt = failures.save(new LoginFailure(key, now));
        failures.flush();
        boolean throttled = failures.countByEmailAndOccurredAtAfter(key, now.minus(IdentityRules.THROTTLE_WINDOW))
                > IdentityRules.THROTTLE_MAX_FAILURES;
        if (throttled) {
            failures.delete(attempt);
        }
        return throttled;
    }

    /** After a successful login: forget this user's attempts, and old ones of anybody. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String email) {
        failures.deleteForEmailOrOlderThan(normalise(email), clock.instant().minus(IdentityRules.THROTTLE_WINDOW));
    }

    static String normalise(String email) {
        String clean = email.strip().toLowerCase(Locale.ROOT);
        return clean.length() > IdentityRules.EMAIL_MAX ? clean.substring(0, IdentityRules.EMAIL_MAX) : clean;
    }
}
