package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.text.MessageFormat;
import java.util.List;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.text.Markdown;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Uploads;
import no.samspill.procurement.ProjectFacts;
import no.samspill.steeringgroup.AttachmentFile;
import no.samspill.steeringgroup.AttachmentRow;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.ProjectStatus;

/**
 * A case paper to read: its head, the sections rendered from Markdown (raw HTML is shown as text), the proposed
 * conclusion, the live status of its project, and the decisions made on it. Managers can edit from here.
 */
class PaperReadDialog extends Dialog {

    PaperReadDialog(CasePaperService papers, PaperView p, Runnable onEdit) {
        PaperForm c = p.content();
        setHeaderTitle(getTranslation("common.labelled", getTranslation("steering.package.case") + " " + p.number(),
                c.title()));
        setWidth("56rem");
        if (c.exempt()) {
            Paragraph marking = new Paragraph(Phrases.dashed(getTranslation("steering.package.exempt-marking"),
                    c.legalBasis()));
            marking.addClassName("samspill-warning");
            add(marking);
        }
        Paragraph head = new Paragraph(Phrases.facts(Phrases.labelled("steering.paper.to", c.addressedTo()),
                Phrases.labelled("steering.paper.from", c.from()), Formats.date(c.date(), getLocale())));
        head.addClassName("samspill-muted");
        add(head);
        section("steering.paper.summary", c.summary());
        List<String[]> parts = List.of(new String[] {"steering.paper.background", c.background()},
                new String[] {"steering.paper.considerations", c.considerations()},
                new String[] {"steering.paper.process", c.process()},
                new String[] {"steering.paper.assessment", c.assessment()},
                new String[] {"steering.paper.budget", c.budget()},
                new String[] {"steering.paper.reputation", c.reputation()},
                new String[] {"steering.paper.checkpoints", c.checkpoints()});
        parts.forEach(part -> section(part[0], part[1]));
        add(new H4(getTranslation("steering.paper.proposal")));
        for (int i = 0; i < c.proposal().size(); i++) {
            add(new Paragraph((i + 1) + ". " + c.proposal().get(i)));
        }
        attachments(papers, p);
        papers.projectStatus(p.id()).ifPresent(this::status);
        if (!p.decisions().isEmpty()) {
            add(new H4(getTranslation("steering.decisions")));
            p.decisions().forEach(d -> {
                Paragraph line = new Paragraph(getTranslation("common.labelled", Formats.date(d.decidedOn(),
                        getLocale()), d.conclusion()) + (d.dissent().isBlank() ? ""
                        : "\n" + Phrases.labelled("steering.decision.dissent", d.dissent())));
                line.addClassName("samspill-prewrap");
                add(line);
            });
        }
        Button close = new Button(getTranslation("common.close"), e -> close());
        if (p.canEdit()) {
            Button edit = new Button(getTranslation("steering.paper.edit-short"), VaadinIcon.EDIT.create(), e -> {
                close();
                onEdit.run();
            });
            edit.setId("edit-paper");
            getFooter().add(edit);
        }
        getFooter().add(close);
    }

    /** The attachments to download; a manager adds more here (the portal's upload rules apply). */
    private void attachments(CasePaperService papers, PaperView p) {
        if (p.attachments().isEmpty() && !p.canEdit()) {
            return;
        }
        add(new H4(getTranslation("steering.paper.attachments")));
        Div list = new Div();
        list.setId("paper-attachments");
        list.addClassName("samspill-attachments");
        p.attachments().forEach(a -> list.add(link(papers, a)));
        add(list);
        if (p.canEdit()) {
            long maxBytes = papers.maxUploadBytes();
            Upload upload = Uploads.single(maxBytes, file -> {
                List<AttachmentRow> rows = papers.attach(p.id(), file.fileName(), file.bytes());
                return () -> {
                    list.removeAll();
                    rows.forEach(a -> list.add(link(papers, a)));
                    Notify.success("steering.paper.attached", file.fileName());
                };
            }, UploadRules.EXTENSIONS.stream().map(e -> "." + e).toArray(String[]::new));
            upload.addFileRejectedListener(e -> Notify.errorKey("upload.error.rejected", maxBytes / (1024 * 1024),
                    String.join(", ", UploadRules.EXTENSIONS)));
            upload.setId("paper-upload");
            add(upload);
        }
    }

    private Anchor link(CasePaperService papers, AttachmentRow a) {
        return Downloads.stored(a.fileName() + " (" + Formats.fileSize(a.sizeBytes(), getLocale()) + ")",
                VaadinIcon.PAPERCLIP, () -> {
                    AttachmentFile file = papers.attachment(a.id());
                    return new Downloads.StoredFile(file.fileName(), file.contentType(), file.content());
                });
    }

    private void section(String key, String markdown) {
        if (markdown.isBlank()) {
            return;
        }
        add(new H4(getTranslation(key)), new Html("<div class=\"samspill-markdown\">" + Markdown.toHtml(markdown)
                + "</div>"));
    }

    private void status(ProjectStatus s) {
        add(new H4(getTranslation("steering.paper.project-status", s.reference() + " " + s.title())));
        add(new Paragraph(Phrases.labelled("steering.package.phase", getTranslation(s.phase().labelKey()))));
        for (ProjectFacts.Fact f : s.facts()) {
            add(new Paragraph(new MessageFormat(getTranslation(f.messageKey()), getLocale())
                    .format(f.args().toArray())));
        }
        for (ProjectFacts.StatusLine l : s.lines()) {
            Span badge = new Span(getTranslation("item.status." + l.status()));
            badge.addClassNames("samspill-status", "samspill-status-" + l.status().toLowerCase(getLocale()));
            Paragraph line = new Paragraph(badge, new Span(" " + Phrases.facts(l.number() + " " + l.title(),
                    l.overdue() ? getTranslation("item.overdue") : "", l.blocked() ? getTranslation("item.blocked") : "")));
            add(line);
        }
    }
}
