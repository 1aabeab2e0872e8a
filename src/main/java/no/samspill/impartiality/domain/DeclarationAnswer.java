package no.samspill.impartiality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.impartiality.TieKind;
import org.jspecify.annotations.Nullable;

/** A declaration's answer for one supplier: no tie, or a tie of some kinds with the declarer's explanation. */
@Entity
@Table(name = "impartiality_answer")
public class DeclarationAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(name = "supplier_tenant_id", nullable = false, updatable = false)
    private long supplierTenantId;

    @Column(name = "supplier_name", nullable = false, length = 200)
    private String supplierName = "";

    @Column(nullable = false)
    private boolean tie;

    @Column(nullable = false, length = 200)
    private String kinds = "";

    @Column(columnDefinition = "TEXT")
    private @Nullable String details;

    /** Set by a decision "disqualified for named suppliers": the declarer must not see this supplier's material. */
    @Column(nullable = false)
    private boolean excluded;

    protected DeclarationAnswer() {
    }

    public DeclarationAnswer(long declarationId, long supplierTenantId, String supplierName, Set<TieKind> kinds,
            @Nullable String details) {
        this.declarationId = declarationId;
        this.supplierTenantId = supplierTenantId;
        this.supplierName = supplierName;
        this.tie = !kinds.isEmpty();
        this.kinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.details = details;
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public long getSupplierTenantId() {
        return supplierTenantId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public boolean isTie() {
        return tie;
    }

    public Set<TieKind> getKinds() {
        Set<TieKind> out = EnumSet.noneOf(TieKind.class);
        Arrays.stream(kinds.split(",")).filter(s -> !s.isBlank()).map(TieKind::valueOf).forEach(out::add);
        return out;
    }

    public @Nullable String getDetails() {
        return details;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public void exclude(boolean excluded) {
        this.excluded = excluded;
    }

    /** The same tie as another answer: the same kinds and words for the same supplier. */
    public boolean sameAs(DeclarationAnswer other) {
        return supplierTenantId == other.supplierTenantId && tie == other.tie && kinds.equals(other.kinds)
                && java.util.Objects.equals(details, other.details);
    }
}
