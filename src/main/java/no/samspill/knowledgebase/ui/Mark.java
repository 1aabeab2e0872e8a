package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import java.util.List;
import no.samspill.knowledgebase.CaseQuery.Part;

/** A matched word, as HTML's mark element (read as "highlighted" by screen readers); its text is set literally. */
@Tag("mark")
final class Mark extends HtmlContainer {

    Mark(String text) {
        setText(text);
    }

    /** The parts as text nodes and marks, into the container: never as HTML. */
    static void fill(com.vaadin.flow.component.HasComponents into, List<Part> parts) {
        for (Part p : parts) {
            if (p.match()) {
                into.add(new Mark(p.text()));
            } else {
                into.add(new com.vaadin.flow.component.Text(p.text()));
            }
        }
    }
}
