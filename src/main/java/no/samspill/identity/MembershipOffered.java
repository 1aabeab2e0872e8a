package no.samspill.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone who already has an account was invited to another tenant. The membership grants nothing until they log in
 * and accept it; this tells them, by mail, to their own address.
 *
 * @param link where they answer (the portal's invitations page, behind the login)
 */
public record MembershipOffered(long membershipId, String email, String languageCode, String displayName,
        String tenantName, String inviterName, @Nullable String inviterEmail, String link, Instant offeredAt) {
}
