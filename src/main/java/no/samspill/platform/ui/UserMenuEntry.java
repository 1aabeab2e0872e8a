package no.samspill.platform.ui;

/**
 * A link in the user menu (e.g. "Notification settings"), contributed by a feature as a bean; the shell lists
 * them above "Log out", in their order.
 */
public interface UserMenuEntry {

    /** Lower comes first. */
    int order();

    /** Message key of the entry's text. */
    String titleKey();

    /** The route it navigates to. */
    String route();
}
