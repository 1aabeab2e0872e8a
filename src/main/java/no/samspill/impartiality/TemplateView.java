package no.samspill.impartiality;

import java.util.Map;

/** One template version's texts in one language, as a declaration form shows them. */
public record TemplateView(long id, String country, int number, boolean shipped, String language,
        Map<TemplatePart, String> texts) {

    public TemplateView {
        texts = Map.copyOf(texts);
    }

    public String text(TemplatePart part) {
        return texts.getOrDefault(part, "");
    }
}
