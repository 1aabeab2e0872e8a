package no.samspill.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.samspill.platform.VersionedEntity;
import no.samspill.tenancy.UnitKind;
import no.samspill.tenancy.UnitSummary;

@Entity
@Table(name = "org_unit")
public class OrgUnit extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind = UnitKind.HEALTH_TRUST;

    protected OrgUnit() {
    }

    public OrgUnit(long tenantId, String name, UnitKind kind) {
        this.tenantId = tenantId;
        this.name = name;
        this.kind = kind;
    }

    public UnitSummary toSummary() {
        return new UnitSummary(id(), tenantId, name, kind);
    }
}
