package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.samspill.knowledgebase.CaseLink;
import no.samspill.knowledgebase.CaseLinkService;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.TextLimits;

/** A case's notices (Doffin, TED) and the reader's own projects it is linked to; the contributor adds notices. */
final class LinkPanel extends VerticalLayout {

    private final CaseLinkService links;
    private final long caseId;
    private final boolean contributor;

    LinkPanel(CaseLinkService links, long caseId, boolean contributor) {
        this.links = links;
        this.caseId = caseId;
        this.contributor = contributor;
        setPadding(false);
        setId("kb-links");
        show();
    }

    private void show() {
        removeAll();
        List<CaseLink> all = links.links(caseId);
        if (all.isEmpty() && !contributor) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("kb.link.title")));
        UnorderedList list = new UnorderedList();
        for (CaseLink l : all) {
            Anchor a = new Anchor(l.url(), getTranslation("kb.link.item", getTranslation(l.kind().labelKey()),
                    l.reference()));
            if (l.kind() != CaseLink.Kind.PROJECT) {
                a.setTarget(AnchorTarget.BLANK);
                a.getElement().setAttribute("rel", "noopener noreferrer");
            }
            list.add(new ListItem(a));
        }
        add(list);
        if (contributor) {
            Select<CaseLink.Kind> kind = new Select<>();
            kind.setLabel(getTranslation("kb.link.kind"));
            kind.setItems(CaseLink.Kind.DOFFIN, CaseLink.Kind.TED);
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            kind.setValue(CaseLink.Kind.DOFFIN);
            TextField reference = new TextField(getTranslation("kb.link.reference"));
            reference.setHelperText(getTranslation("kb.link.reference.help"));
            TextLimits.apply(reference, 60);
            reference.setId("kb-link-reference");
            FieldErrors errors = new FieldErrors().bind(reference, "kb.link.error.");
            Button add = new Button(getTranslation("kb.link.add"), e -> {
                if (errors.run(() -> links.addNotice(caseId, kind.getValue() == null ? CaseLink.Kind.DOFFIN
                        : kind.getValue(), reference.getValue()))) {
                    show();
                }
            });
            add.setId("kb-link-add");
            HorizontalLayout row = new HorizontalLayout(kind, reference, add);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
    }
}
