package no.samspill.knowledgebase;

/** The case collection's value keywords A–K (shared/DOMAIN.md), stored by their letter. */
public enum Keyword {
    A, B, C, D, E, F, G, H, I, J, K;

    public String labelKey() {
        return "kb.keyword." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
