package no.samspill.actionplan;

/** The seed's colours: green on track, yellow delayed, red postponed; and done. */
public enum ItemStatus {
    GREEN,
    YELLOW,
    RED,
    DONE
}
