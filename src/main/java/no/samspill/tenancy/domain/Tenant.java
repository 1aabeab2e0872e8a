package no.samspill.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import no.samspill.platform.VersionedEntity;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantSummary;

@Entity
@Table(name = "tenant")
public class Tenant extends VersionedEntity {

    @Column(nullable = false, length = 60)
    private String code = "";

    @Column(nullable = false, length = 200)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TenantKind kind = TenantKind.REGION;

    @Column(nullable = false, length = 2)
    private String country = "NO";

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = "Europe/Oslo";

    @Column(name = "default_language", nullable = false, length = 5)
    private String defaultLanguage = "nb";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Tenant() {
    }

    public Tenant(String code, String name, TenantKind kind, String country, ZoneId timeZone, String defaultLanguage,
            Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.timeZone = timeZone.getId();
        this.defaultLanguage = defaultLanguage;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public TenantSummary toSummary() {
        return new TenantSummary(id(), code, name, kind, country, ZoneId.of(timeZone), defaultLanguage, createdAt);
    }
}
