package no.samspill.identity;

import java.time.Duration;
import java.util.regex.Pattern;

/** Limits the domain enforces; forms reuse them for their hints. */
public final class IdentityRules {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 64;
    /** bcrypt's limit: longer input would be cut (or, in Spring Security 6.5+, refused). */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    /** A reset link is short-lived: it is asked for by whoever typed the address. */
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** At most this many reset mails per account in the window; more requests get the same answer and no mail. */
    public static final int RESETS_PER_WINDOW = 3;
    public static final Duration RESET_WINDOW = Duration.ofHours(1);
    /** After this many failures within the window an account is slowed: see {@link LoginThrottle}. */
    public static final int ACCOUNT_FAILURES_BEFORE_SLOWING = 5;
    public static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    /** Failed attempts one client address gets, over all accounts, before it is refused for the rest of the window. */
    public static final int ADDRESS_FAILURES_PER_MINUTE = 10;
    public static final int ADDRESS_FAILURES_PER_HOUR = 100;
    /** The longest window: older failures count for nothing and are deleted. */
    public static final Duration FAILURE_RETENTION = Duration.ofHours(1);
    /** Deliberately simple: the invitation link proves the address; this only catches typos. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    public static final Pattern MARKUP = Pattern.compile("[<>]");

    private IdentityRules() {
    }
}
