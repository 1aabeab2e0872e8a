package no.samspill.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import no.samspill.identity.domain.Invitation;
import no.samspill.identity.domain.InvitationRepository;
import no.samspill.identity.domain.TokenPurpose;
import no.samspill.platform.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Issues and finds one-time invitation tokens: 256 random bits, stored only as a SHA-256 hash. */
@Component
class InvitationTokens {

    private final InvitationRepository invitations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationTokens(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    /** A new link for the user; every older unused link of theirs stops working. */
    Issued issue(long userId, @Nullable Long tenantId, TokenPurpose purpose) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        revokeOpen(userId);
        Instant expires = now.plus(purpose == TokenPurpose.RESET ? IdentityRules.RESET_VALIDITY
                : IdentityRules.INVITATION_VALIDITY);
        Invitation saved = invitations.save(new Invitation(userId, tenantId, purpose, hash(token), now, expires));
        return new Issued(saved.id(), token, expires);
    }

    /** How many reset links the user was sent lately: a cap keeps a stranger from flooding their inbox. */
    long recentResets(long userId) {
        return invitations.countByUserIdAndPurposeAndCreatedAtAfter(userId, TokenPurpose.RESET,
                clock.instant().minus(IdentityRules.RESET_WINDOW));
    }

    /** Makes every unused link of the user worthless: only the newest one, or none, may set a password. */
    void revokeOpen(long userId) {
        invitations.revokeOpen(userId, clock.instant());
    }

    /** The invitation when the token is known, unused and not expired. */
    Optional<Invitation> findUsable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token)).filter(i -> i.isUsable(clock.instant()));
    }

    record Issued(long id, String token, Instant expiresAt) {
    }

    static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
