package no.samspill.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A company as the case names it, with the supplier tenant it was matched to (null: it stays text). */
@Embeddable
public class CaseCompany {

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(name = "supplier_tenant_id")
    private @Nullable Long supplierTenantId;

    protected CaseCompany() {
    }

    public CaseCompany(String name, @Nullable Long supplierTenantId) {
        this.name = name;
        this.supplierTenantId = supplierTenantId;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getSupplierTenantId() {
        return supplierTenantId;
    }
}
