package no.samspill.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token in a mail's one-click unsubscribe link: user and category, signed with HMAC-SHA256 under a secret from
 * the configuration. Nothing is stored, and a link keeps working across restarts and nodes as long as the secret
 * stays; changing the secret voids every link sent before (docs/decisions/012-notices-and-events.md).
 */
@Component
class UnsubscribeTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private static final String DIGEST = "DIGEST";

    private final SecretKeySpec key;

    UnsubscribeTokens(@Value("${samspill.unsubscribe.secret}") String secret) {
        if (secret.isBlank()) {
            throw new IllegalStateException("samspill.unsubscribe.secret must be set");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** {@code category} null: the daily digest (all categories the user gets by digest). */
    String token(long userId, @Nullable NoticeCategory category) {
        String claim = userId + ":" + (category == null ? DIGEST : category.name());
        return ENCODE.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "." + ENCODE.encodeToString(mac(claim));
    }

    /** The user and category of a genuine token; empty for anything else (never an exception to the caller). */
    Optional<Subscription> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            String claim = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = DECODE.decode(token.substring(dot + 1));
            // constant time, so the answer's timing tells nothing about a guessed signature
            if (!MessageDigest.isEqual(mac(claim), given)) {
                return Optional.empty();
            }
            int colon = claim.indexOf(':');
            String scope = claim.substring(colon + 1);
            return Optional.of(new Subscription(Long.parseLong(claim.substring(0, colon)),
                    scope.equals(DIGEST) ? null : NoticeCategory.valueOf(scope)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(claim.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param category null for the digest */
    record Subscription(long userId, @Nullable NoticeCategory category) {
    }
}
