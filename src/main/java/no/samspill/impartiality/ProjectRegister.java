package no.samspill.impartiality;

import java.util.List;

/** A project's register of declarations, for its lead and admins (and the chairs who decide on the lead). */
public record ProjectRegister(long projectId, String reference, String title, boolean open, boolean manages,
        List<RegisterRow> rows) {

    public ProjectRegister {
        rows = List.copyOf(rows);
    }

    /** Who has still not declared, for the lead. */
    public long missing() {
        return rows.stream().filter(r -> r.status() == DeclarationStatus.MISSING).count();
    }
}
