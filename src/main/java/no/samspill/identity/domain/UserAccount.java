package no.samspill.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName = "";

    @Column(name = "password_hash", length = 500)
    private @Nullable String passwordHash;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage = "nb";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String preferredLanguage, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }
}
