package no.samspill.notifications;

import java.time.ZoneId;
import java.util.List;
import no.samspill.identity.MailAddress;
import no.samspill.identity.PeopleDirectory;
import no.samspill.marketdialogue.DialogueEvents;
import no.samspill.marketdialogue.DialogueRoutes;
import no.samspill.marketdialogue.SubmissionReceipt;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The receipt of a submitted response, mailed to the supplier user who submitted it and to nobody else: it names
 * the supplier's own submission. Not a notice (no preference turns a receipt off: it documents that the response
 * arrived), and after the commit, since a rolled-back submission has no receipt. The dedupe key is the receipt's
 * reference, so a replayed event sends nothing twice.
 */
@Component
class ReceiptMails {

    static final String CATEGORY = "receipt";

    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final TenantDirectory tenants;
    private final NoticeMails mails;
    private final SamspillI18NProvider texts;

    ReceiptMails(MailOutbox outbox, PeopleDirectory people, TenantDirectory tenants, NoticeMails mails,
            SamspillI18NProvider texts) {
        this.texts = texts;
        this.outbox = outbox;
        this.people = people;
        this.tenants = tenants;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(DialogueEvents.ResponseSubmitted e) {
        MailAddress to = people.mailAddresses(List.of(e.actorUserId())).get(e.actorUserId());
        if (to == null || !to.active()) {
            return;
        }
        String buyer = tenants.tenant(e.tenantId()).map(TenantSummary::name).orElse("");
        String answered = e.answered().isEmpty() ? "–" : String.join(", ", e.answered());
        Language language = NoticeMails.language(to);
        // written in the recipient's language now, as the answer page and the PDF write it: the mail is sent once
        String submittedAt = SubmissionReceipt.timeInZone(e.submittedAt(), ZoneId.of(e.zoneId()),
                Translator.of(language.locale(), (l, key, args) -> texts.getTranslation(key, l, args)));
        outbox.enqueue(new OutgoingMail(to.email(), language, "mail.receipt.subject",
                List.of(e.title(), e.reference()), "mail.receipt.body",
                List.of(to.displayName(), e.title(), buyer, submittedAt, e.reference(), answered,
                        e.answered().size(), e.questionCount(), mails.link(DialogueRoutes.response(e.dialogueId()))),
                buyer, null, CATEGORY + ":" + e.actorUserId() + ":" + e.reference(), CATEGORY));
    }
}
