package no.samspill.marketdialogue;

/** Who may take part: only the suppliers the buyer invited, or every registered supplier ("open dialogue"). */
public enum AccessMode {
    INVITED,
    OPEN
}
