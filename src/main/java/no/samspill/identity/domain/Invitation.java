package no.samspill.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** A one-time link to set a password, from an invitation or a reset. Only the token's SHA-256 is stored. */
@Entity
@Table(name = "invitation")
public class Invitation extends VersionedEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "tenant_id")
    private @Nullable Long tenantId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose = TokenPurpose.INVITATION;

    protected Invitation() {
    }

    public Invitation(long userId, @Nullable Long tenantId, TokenPurpose purpose, String tokenHash, Instant createdAt,
            Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tenantId = tenantId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long getUserId() {
        return userId;
    }

    public @Nullable Long getTenantId() {
        return tenantId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }
}
