package no.samspill.procurement;

/**
 * A project as a combo box offers it and as other modules name it (reference, title and phase), read in the page's
 * own query without the units and lead that a {@link ProjectSummary} carries.
 */
public record ProjectOption(long id, String reference, String title, Phase phase) {

    /** "2026/0021 Title", as combo boxes and lists name a project. */
    public String label() {
        return reference + " " + title;
    }
}
