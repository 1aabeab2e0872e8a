package no.samspill.steeringgroup;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import no.samspill.platform.text.Markdown;
import no.samspill.procurement.ProjectFacts;
import no.samspill.steeringgroup.domain.SteeringMeeting;
import org.springframework.stereotype.Component;

/**
 * The rows of a meeting package, in the reader's language: table of contents, agenda, each case paper with its
 * sections and proposed conclusion, and the decisions the meeting is asked to make. Markdown is printed as plain
 * text. Every row of an exempt paper carries its marking, which the page header prints.
 */
@Component
class PackageContent {

    /** Section of a case paper: message key of its heading and the text. */
    private record Part(String key, String text) {
    }

    record Document(String title, Map<String, Object> parameters, List<Map<String, Object>> rows) {
    }

    /** A package without a board section (a steering group's). */
    Document build(String groupName, String tenantName, SteeringMeeting meeting, List<PaperView> papers,
            List<StatusPage> status, ZoneId zone, Translator t, java.time.Instant generatedAt, int version) {
        return build(groupName, tenantName, meeting, papers, status, List.of(), zone, t, generatedAt, version);
    }

    /**
     * The package, stamped "generated" at {@code generatedAt} (the application clock's time, as the archive row)
     * and with its version on the cover and in every page's footer, so that a printed page tells which it is.
     */
    Document build(String groupName, String tenantName, SteeringMeeting meeting, List<PaperView> papers,
            List<StatusPage> status, List<BoardPackageSection.Part> board, ZoneId zone, Translator t,
            java.time.Instant generatedAt, int version) {
        String when = Formats.longDateTime(meeting.getStartsAt(), zone, t.locale());
        boolean anyExempt = papers.stream().anyMatch(p -> p.content().exempt());
        Map<String, Object> params = new HashMap<>();
        params.put("groupName", groupName);
        params.put("version", t.text("steering.package.version", version));
        params.put("tenantName", tenantName);
        // a portfolio board's package says whose meeting it is: the board's, not a steering group's
        params.put("meetingTitle", t.text(board.isEmpty() ? "steering.package.meeting"
                : "steering.package.meeting-board"));
        params.put("meetingWhen", when);
        params.put("meetingPlace", meeting.getPlace());
        params.put("classification", t.text(anyExempt ? "steering.package.classification.exempt"
                : "steering.package.classification.open"));
        params.put("tocTitle", t.text("steering.package.toc"));
        params.put("pageWord", t.text("steering.package.page"));
        params.put("ofWord", t.text("steering.package.of"));
        params.put("generated", t.text("steering.package.generated") + " "
                + Formats.dateTime(generatedAt, zone, t.locale()));

        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("PART", "t", t.text("steering.package.toc"), "", ""));
        rows.add(toc(t.text("steering.package.agenda"), "a"));
        // an exempt title is never printed without its marking: inline, and in the header of the page it is on
        for (PaperView p : papers) {
            rows.add(exempt(toc(t.text("steering.package.case") + " " + p.number() + " " + p.content().title()
                    + shortMarking(p, t), "p" + p.id()), p, t));
        }
        if (!status.isEmpty()) {
            rows.add(toc(t.text("steering.package.status"), "s"));
        }
        if (!board.isEmpty()) {
            rows.add(toc(t.text("steering.package.portfolio"), "f"));
        }
        rows.add(toc(t.text("steering.package.decisions"), "d"));
        rows.add(row("PART", "a", t.text("steering.package.agenda"), "", ""));
        for (PaperView p : papers) {
            rows.add(exempt(row("AGENDA", "", p.content().title() + shortMarking(p, t), "", p.number()), p, t));
        }
        for (PaperView p : papers) {
            paper(p, rows, t);
        }
        if (!status.isEmpty()) {
            rows.add(row("PART", "s", t.text("steering.package.status"), "", ""));
            status.forEach(s -> status(s, rows, t));
        }
        if (!board.isEmpty()) {
            rows.add(row("PART", "f", t.text("steering.package.portfolio"), "", ""));
            board.forEach(part -> board(part, rows));
        }
        rows.add(row("PART", "d", t.text("steering.package.decisions"), "", ""));
        for (PaperView p : papers) {
            rows.add(exempt(row("SECTION", "", t.text("steering.package.case") + " " + p.number() + " " + p.content().title(),
                    (p.content().decisionKind() == null ? "" : t.text(p.content().decisionKind().labelKey()) + "\n") + numbered(p.content().proposal()), ""), p, t));
        }
        return new Document(t.dashed(groupName, when), params, rows);
    }

    private void paper(PaperView p, List<Map<String, Object>> rows, Translator t) {
        PaperForm c = p.content();
        String head = t.facts(t.text("steering.package.case") + " " + p.number(),
                t.labelled("steering.paper.to", c.addressedTo()), t.labelled("steering.paper.from", c.from()),
                Formats.longDate(c.date(), t.locale()));
        rows.add(exempt(row("PAPER", "p" + p.id(), c.title(), Markdown.toPlainText(c.summary()), head), p, t));
        if (p.projectReference() != null) {
            rows.add(exempt(row("SECTION", "", t.text("steering.paper.project"), p.projectReference() + " "
                    + p.projectTitle(), ""), p, t));
        }
        for (Part part : List.of(new Part("steering.paper.background", c.background()),
                new Part("steering.paper.considerations", c.considerations()), new Part("steering.paper.process", c.process()),
                new Part("steering.paper.assessment", c.assessment()), new Part("steering.paper.budget", c.budget()),
                new Part("steering.paper.reputation", c.reputation()), new Part("steering.paper.checkpoints", c.checkpoints()))) {
            if (!part.text().isBlank()) {
                rows.add(exempt(row("SECTION", "", t.text(part.key()), Markdown.toPlainText(part.text()), ""), p,
                        t));
            }
        }
        rows.add(exempt(row("SECTION", "", t.text("steering.paper.proposal"), "", ""), p, t));
        for (int i = 0; i < c.proposal().size(); i++) {
            rows.add(exempt(row("POINT", "", "", c.proposal().get(i), (i + 1) + "."), p, t));
        }
        if (!p.attachments().isEmpty()) {
            rows.add(exempt(row("SECTION", "", t.text("steering.paper.attachments"), p.attachments().stream()
                    .map(a -> "– " + a.fileName()).collect(java.util.stream.Collectors.joining("\n")), ""), p, t));
        }
    }

    /** A status page: phase (of a project) and figures, then each action-plan item with its colour and flags. */
    private static void status(StatusPage s, List<Map<String, Object>> rows, Translator t) {
        List<String> text = new ArrayList<>();
        if (s.phase() != null) {
            text.add(t.labelled("steering.package.phase", t.text(s.phase().labelKey())));
        }
        for (ProjectFacts.Fact f : s.facts()) {
            text.add(new MessageFormat(t.text(f.messageKey()), t.locale()).format(f.args().toArray()));
        }
        rows.add(row("SECTION", "", s.heading(), String.join("\n", text), ""));
        for (ProjectFacts.StatusLine l : s.lines()) {
            List<String> flags = new ArrayList<>();
            flags.add(t.text("item.status." + l.status()));
            if (l.overdue()) {
                flags.add(t.text("item.overdue"));
            }
            if (l.blocked()) {
                flags.add(t.text("item.blocked"));
            }
            if (l.changedSince()) {
                flags.add(t.text("steering.package.changed"));
            }
            Map<String, Object> r = row("STATUS", "", l.title(), t.facts(flags.toArray(String[]::new))
                    + (l.text().isBlank() ? "" : "\n" + l.text()), l.number());
            r.put("status", l.status());
            rows.add(r);
        }
    }

    /** A part of the board's section: its heading and text, then its lines with their colour squares. */
    private static void board(BoardPackageSection.Part part, List<Map<String, Object>> rows) {
        rows.add(row("SECTION", "", part.heading(), part.text(), ""));
        for (BoardPackageSection.Line l : part.lines()) {
            Map<String, Object> r = row("STATUS", "", l.title(), l.text(), l.label());
            r.put("status", l.colour());
            rows.add(r);
        }
    }

    private static String numbered(List<String> points) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            b.append(i + 1).append(". ").append(points.get(i)).append('\n');
        }
        return b.toString().strip();
    }

    /** A contents line; its page field holds the anchor until the engine puts in the page number. */
    private static Map<String, Object> toc(String heading, String anchor) {
        return row("TOC", anchor, heading, "", anchor);
    }

    private static String shortMarking(PaperView p, Translator t) {
        return p.content().exempt() ? " (" + t.text("steering.package.exempt-short") + ")" : "";
    }

    private static Map<String, Object> exempt(Map<String, Object> row, PaperView p, Translator t) {
        if (p.content().exempt()) {
            row.put("exempt", true);
            row.put("marking", t.dashed(t.text("steering.package.exempt-marking"), p.content().legalBasis()));
        }
        return row;
    }

    private static Map<String, Object> row(String kind, String anchor, String heading, String text, String label) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", kind);
        r.put("anchor", anchor);
        r.put("heading", heading);
        r.put("text", text);
        r.put("label", label);
        r.put("status", "");
        r.put("exempt", false);
        r.put("marking", "");
        return r;
    }
}
