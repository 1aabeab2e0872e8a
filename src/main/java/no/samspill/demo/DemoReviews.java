package no.samspill.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import no.samspill.referencegroup.CommentRow;
import no.samspill.referencegroup.Disposition;
import no.samspill.referencegroup.DocumentForm;
import no.samspill.referencegroup.DocumentKind;
import no.samspill.referencegroup.DocumentSummary;
import no.samspill.referencegroup.GroupService;
import no.samspill.referencegroup.GroupSummary;
import no.samspill.referencegroup.ReviewCommentService;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.referencegroup.ReviewPage;
import no.samspill.referencegroup.SectionRow;
import org.springframework.stereotype.Component;

/**
 * The insulin pump reference group reviews a needs analysis: comments from three health trusts on version 1 (one as
 * the trust's position), the lead's replies and dispositions, and a second version that answers them, on which one
 * comment still waits. Each step runs as the demo user who would do it, through the same services and checks.
 * The window is set around the day of seeding, so the review is open when the demo is first tried.
 */
@Component
class DemoReviews {

    static final String TITLE = "Behovsanalyse insulinpumper og CGM";
    private static final String LEAD = "innkjop@helse-sorost.demo";
    private static final String KARI = "klinikker@helse-sorost.demo";
    private static final String JONAS = "klinikker.ahus@helse-sorost.demo";
    private static final String MARIT = "klinikker.innlandet@helse-sorost.demo";

    private final GroupService groups;
    private final ReviewDocumentService documents;
    private final ReviewCommentService comments;
    private final DemoActors actors;

    DemoReviews(GroupService groups, ReviewDocumentService documents, ReviewCommentService comments,
            DemoActors actors) {
        this.groups = groups;
        this.documents = documents;
        this.comments = comments;
        this.actors = actors;
    }

    int seed(long tenantId) {
        long groupId = as(LEAD, tenantId, () -> groups.groups(DemoGroups.REFERENCE, 0, 10).stream()
                .filter(g -> g.name().equals(DemoGroups.REFERENCE)).findFirst().map(GroupSummary::id).orElseThrow());
        if (as(LEAD, tenantId, () -> documents.documents(groupId).stream().anyMatch(d -> d.title().equals(TITLE)))) {
            return 0;
        }
        DocumentSummary doc = as(LEAD, tenantId, () -> documents.publish(groupId, new DocumentForm(TITLE,
                DocumentKind.NEEDS_ANALYSIS, documents.today().minusDays(14), documents.today().plusDays(21)),
                text("behovsanalyse-insulin-v1.md")));
        long id = doc.id();
        ReviewPage v1 = as(KARI, tenantId, () -> documents.page(id, 1));
        CommentRow weight = as(KARI, tenantId, () -> comments.comment(id, section(v1, "3.1"), "Vektgrensen på 100 "
                + "gram utelukker pumper med lukket sløyfe, som er det viktigste for barna våre. OUS mener lukket "
                + "sløyfe må være et krav, og at vekt bør vektes, ikke være absolutt.", true));
        CommentRow children = as(MARIT, tenantId, () -> comments.comment(id, section(v1, "2.1"), "Barnehager og "
                + "skoler må også kunne få varsler, ikke bare foreldrene.", false));
        CommentRow data = as(JONAS, tenantId, () -> comments.comment(id, section(v1, "3.3"), "Ahus ønsker at "
                + "dataflyt til journal blir et skal-krav. Manuell overføring tar mye tid på poliklinikken.", true));
        as(LEAD, tenantId, () -> comments.reply(data.id(), "Takk. Vet dere hvilke journalsystemer som må "
                + "støttes i første omgang?"));
        as(JONAS, tenantId, () -> comments.reply(data.id(), "DIPS Arena. Andre systemer kan komme senere."));
        as(LEAD, tenantId, () -> comments.dispose(weight.id(), weight.version(), Disposition.PARTLY_ACCEPTED,
                "Lukket sløyfe blir et skal-krav i versjon 2. Vekt oppgis og vektes i evalueringen, men vi beholder "
                        + "ikke en absolutt grense."));
        as(LEAD, tenantId, () -> comments.dispose(children.id(), children.version(), Disposition.ACCEPTED, ""));
        as(LEAD, tenantId, () -> comments.dispose(data.id(), data.version(), Disposition.REJECTED,
                "Markedsdialogen viser at bare én leverandør kan levere direkte integrasjon med DIPS Arena i dag. "
                        + "Et skal-krav ville stengt ute konkurransen; det blir et bør-krav med høy vekt."));
        DocumentSummary current = as(LEAD, tenantId, () -> documents.page(id, 0).document());
        as(LEAD, tenantId, () -> documents.publishVersion(id, current.version(), text("behovsanalyse-insulin-v2.md"),
                "Lukket sløyfe er nå et krav, varsler kan deles med skole og barnehage, og overgang fra dagens "
                        + "utstyr er lagt til.", current.opensOn(), current.closesOn()));
        ReviewPage v2 = as(JONAS, tenantId, () -> documents.page(id, 2));
        as(JONAS, tenantId, () -> comments.comment(id, section(v2, "3.5"), "Overgangsplanen bør også omfatte "
                + "pasienter som flytter mellom helseforetak i løpet av avtaleperioden.", false));
        return 1;
    }

    private static long section(ReviewPage page, String number) {
        return page.sections().stream().filter(s -> s.number().equals(number)).map(SectionRow::id).findFirst()
                .orElseThrow();
    }

    private <T> T as(String email, long tenantId, Supplier<T> work) {
        return actors.as(email, tenantId, work);
    }

    private static String text(String name) {
        try (InputStream in = DemoReviews.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo text missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("demo text unreadable: " + name, e);
        }
    }
}
