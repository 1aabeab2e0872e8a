package no.samspill.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How a group's mandate is stored, the same in every kind of group (the columns are called mandate_*). */
@Embeddable
public class MandateColumns {

    @Column(name = "mandate_purpose", nullable = false, columnDefinition = "TEXT")
    private String purpose = "";

    @Column(name = "mandate_approved_by", nullable = false, length = 200)
    private String approvedBy = "";

    @Column(name = "mandate_approver_role", nullable = false, length = 200)
    private String approverRole = "";

    @Column(name = "mandate_approved_on")
    private @Nullable LocalDate approvedOn;

    @Column(name = "mandate_from")
    private @Nullable LocalDate from;

    @Column(name = "mandate_to")
    private @Nullable LocalDate to;

    protected MandateColumns() {
    }

    public static MandateColumns of(Mandate m) {
        MandateColumns c = new MandateColumns();
        c.purpose = m.purpose();
        c.approvedBy = m.approvedBy();
        c.approverRole = m.approverRole();
        c.approvedOn = m.approvedOn();
        c.from = m.from();
        c.to = m.to();
        return c;
    }

    public Mandate toMandate() {
        return new Mandate(purpose, approvedBy, approverRole, approvedOn, from, to);
    }
}
