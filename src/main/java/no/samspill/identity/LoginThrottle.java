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

    @Transactional(readOnly = true)
    public boolean isThrottled(String email) {
        Instant since = clock.instant().minus(IdentityRules.THROTTLE_WINDOW);
        return failures.countByEmailAndOccurredAtAfter(normalise(email), since)
                >= IdentityRules.THROTTLE_MAX_FAILURES;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email) {
        failures.save(new LoginFailure(normalise(email), clock.instant()));
    }

    /** After a successful login: forget this user's failures, and old ones of anybody. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String email) {
        failures.deleteForEmailOrOlderThan(normalise(email), clock.instant().minus(IdentityRules.THROTTLE_WINDOW));
    }

    static String normalise(String email) {
        String clean = email.strip().toLowerCase(Locale.ROOT);
        return clean.length() > IdentityRules.EMAIL_MAX ? clean.substring(0, IdentityRules.EMAIL_MAX) : clean;
    }
}
