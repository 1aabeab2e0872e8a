package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import no.samspill.marketdialogue.PublishedQa;
import no.samspill.platform.text.Formats;

/** The published questions and answers as a numbered list, the same for buyer and suppliers. */
final class QaBlocks {

    private QaBlocks() {
    }

    static Div published(List<PublishedQa> list, ZoneId zone) {
        UI ui = UI.getCurrent();
        Div box = new Div();
        box.setId("published-qa");
        if (list.isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("qa.published.none")));
        }
        for (PublishedQa qa : list) {
            Div item = new Div();
            item.addClassName("samspill-qa");
            Span head = new Span(ui.getTranslation("qa.number", qa.number(),
                    Formats.dateTime(qa.publishedAt(), zone, ui.getLocale())));
            head.addClassName("samspill-muted");
            Paragraph q = new Paragraph(qa.question());
            q.addClassName("samspill-qa-question");
            Paragraph a = new Paragraph(qa.answer());
            a.addClassName("samspill-prewrap");
            item.add(head, q, a);
            box.add(item);
        }
        return box;
    }
}
