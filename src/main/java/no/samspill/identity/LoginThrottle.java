package no.samspill.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import no.samspill.identity.domain.LoginFailure;
import no.samspill.identity.domain.LoginFailureRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per client address and per account, in sliding windows (figures in {@link IdentityRules}).
 * <ul>
 * <li>An address is refused, whatever account it names, after {@value IdentityRules#ADDRESS_FAILURES_PER_MINUTE}
 * failures within a minute or {@value IdentityRules#ADDRESS_FAILURES_PER_HOUR} within an hour: one password tried
 * against many accounts is slowed as much as many passwords against one.</li>
 * <li>An account is slowed, not locked, after {@value IdentityRules#ACCOUNT_FAILURES_BEFORE_SLOWING} failures within
 * the account window: from then on only addresses without a failure in that window get their password checked.
 * So the failures of an attacker keep the attacker out, but not the user at their own machine.</li>
 * </ul>
 * There is deliberately no growing delay per account: any delay the account itself carries can be kept up by
 * whoever holds a handful of addresses, which is the lock-out this replaces. Guessing stays bounded per address
 * (one guess per slowed account per window, plus the address limits), and passwords have at least
 * {@value IdentityRules#PASSWORD_MIN} characters and are hashed with bcrypt.
 * Failures are written in their own transaction, so they count even though the failed login itself throws.
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
     * past the check before any failure is stored: they count each other. A refused attempt is not kept, so
     * hammering on while refused does not push the wait further out.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean registerAttempt(String email, String clientAddress) {
        String account = normalise(email);
        Instant now = clock.instant();
        LoginFailure attempt = failures.save(new LoginFailure(account, clientAddress, now));
        failures.flush();
        boolean refused = addressOverLimit(clientAddress, now) || slowedForAddress(account, clientAddress, now);
        if (refused) {
            failures.delete(attempt);
        }
        return refused;
    }

    private boolean addressOverLimit(String clientAddress, Instant now) {
        return failures.countByClientAddressAndOccurredAtAfter(clientAddress, now.minus(Duration.ofMinutes(1)))
                > IdentityRules.ADDRESS_FAILURES_PER_MINUTE
                || failures.countByClientAddressAndOccurredAtAfter(clientAddress, now.minus(Duration.ofHours(1)))
                > IdentityRules.ADDRESS_FAILURES_PER_HOUR;
    }

    /** Both counts include this attempt, hence "more than". */
    private boolean slowedForAddress(String account, String clientAddress, Instant now) {
        Instant since = now.minus(IdentityRules.ACCOUNT_WINDOW);
        return failures.countByEmailAndOccurredAtAfter(account, since) > IdentityRules.ACCOUNT_FAILURES_BEFORE_SLOWING
                && failures.countByClientAddressAndOccurredAtAfter(clientAddress, since) > 1;
    }

    /**
     * After a successful login: this attempt was no failure, and the earlier failures from this address on this
     * account were the user's own typing. Failures from other addresses stay, so an attacker stays slowed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email, String clientAddress) {
        failures.deleteForEmailAndAddressOrOlderThan(normalise(email), clientAddress,
                clock.instant().minus(IdentityRules.FAILURE_RETENTION));
    }

    /**
     * Deletes failures that no window counts any more. Idempotent, so several nodes may run it at the same time
     * without a lock; the cron can be "-" to switch it off.
     */
    @Scheduled(cron = "${samspill.login-throttle.prune-cron:0 */10 * * * *}")
    @Transactional
    public int prune() {
        return failures.deleteOlderThan(clock.instant().minus(IdentityRules.FAILURE_RETENTION));
    }

    static String normalise(String email) {
        String clean = email.strip().toLowerCase(Locale.ROOT);
        return clean.length() > IdentityRules.EMAIL_MAX ? clean.substring(0, IdentityRules.EMAIL_MAX) : clean;
    }
}
