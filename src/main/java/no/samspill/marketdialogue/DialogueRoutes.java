package no.samspill.marketdialogue;

/**
 * Where the pages of market dialogues live, for this module's views, for other modules' links and for the locations in
 * notices and mails, so no one writes the URLs by hand. Plain strings, free of Vaadin.
 */
public final class DialogueRoutes {

    /** The route parameter holding the id. */
    public static final String DIALOGUE_ID = "dialogueId";

    /** The route template, for {@code @Route}. */
    public static final String DIALOGUE = "dialogues/:" + DIALOGUE_ID;

    /** The route template, for {@code @Route}. */
    public static final String RESPONSE = "market-dialogues/:" + DIALOGUE_ID;

    /** The buyer's page of a market dialogue. */
    public static String dialogue(long id) {
        return "dialogues/" + id;
    }

    /** The supplier's response page of a market dialogue. */
    public static String response(long id) {
        return "market-dialogues/" + id;
    }

    private DialogueRoutes() {
    }
}
