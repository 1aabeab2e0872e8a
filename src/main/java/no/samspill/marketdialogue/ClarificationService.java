package no.samspill.marketdialogue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samspill.marketdialogue.domain.Clarification;
import no.samspill.marketdialogue.domain.ClarificationRepository;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clarification questions. Equal treatment (2014/24/EU art. 40 and 41): what the buyer tells one supplier it
 * must tell all, so an answer is either published to every participant (the question edited to hide the asker),
 * or given privately with a required reason that is logged. Either way the ledger records it.
 */
@Service
public class ClarificationService {

    private final ClarificationRepository clarifications;
    private final ParticipantRepository participants;
    private final DialogueLedger ledger;
    private final DialogueAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Anonymity anonymity;
    private final DialogueRepository dialogues;
    private final SupplierNames supplierNames;
    private final DialogueNews news;

    ClarificationService(ClarificationRepository clarifications, ParticipantRepository participants,
            DialogueLedger ledger, DialogueAccess access, AuditTrail audit, Clock clock,
            Anonymity anonymity, DialogueRepository dialogues, SupplierNames supplierNames, DialogueNews news) {
        this.supplierNames = supplierNames;
        this.news = news;
        this.anonymity = anonymity;
        this.dialogues = dialogues;
        this.clarifications = clarifications;
        this.participants = participants;
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A supplier asks; only before the deadline, and only a participant. */
    @Transactional
    public List<ClarificationView> ask(long dialogueId, String question) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        DialogueParticipant p = view.participant()
                .orElseThrow(() -> new ValidationException("response.error.not-joined"));
        if (!view.dialogue().isOpenFor(clock.instant())) {
            throw new ValidationException("response.error.deadline-passed");
        }
        String text = question.strip();
        if (text.length() < 5 || text.length() > DialogueRules.CLARIFICATION_MAX) {
            throw new ValidationException("clarification.error.text", DialogueRules.CLARIFICATION_MAX);
        }
        Clarification c = clarifications.save(new Clarification(dialogueId, p.id(), text, clock.instant(),
                access.actorName()));
        ledger.withOne(dialogueId, LedgerKind.QUESTION_RECEIVED, view.supplierTenantId(), text);
        audit.recordIn(view.supplierTenantId(), "clarification.asked", "MarketDialogue", dialogueId,
                FieldChange.set("clarification", c.id()));
        return mine(dialogueId);
    }

    /** The supplier's own questions with the answers they got. */
    @Transactional(readOnly = true)
    public List<ClarificationView> mine(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        return view.participant().map(p -> clarifications
                        .findByDialogueIdAndParticipantIdOrderByAskedAtAsc(dialogueId, p.id()).stream()
                        .map(c -> view(c, null, false)).toList())
                .orElse(List.of());
    }

    /** Published Q&A, for any participant: numbered, dated, never naming who asked. */
    @Transactional(readOnly = true)
    public List<PublishedQa> published(long dialogueId) {
        access.asSupplier(dialogueId);
        return publishedOf(dialogueId);
    }

    /** Published Q&A as the buyer sees them (the same list the suppliers see). */
    @Transactional(readOnly = true)
    public List<PublishedQa> publishedForBuyer(long dialogueId) {
        access.asBuyer(dialogueId);
        return publishedOf(dialogueId);
    }

    /** All questions of the dialogue with who asked, for the buyer. */
    @Transactional(readOnly = true)
    public List<ClarificationView> inbox(long dialogueId) {
        DialogueAccess.Confidential confidential = access.asBuyerConfidential(dialogueId);
        Map<Long, String> names = supplierNames.byParticipant(dialogueId);
        return clarifications.findByDialogueIdOrderByAskedAtAsc(dialogueId).stream()
                .filter(c -> !confidential.hides(c.getParticipantId()))
                .map(c -> view(c, names.getOrDefault(c.getParticipantId(), "?"), true)).toList();
    }

    /** Answers the asker only. Allowed only with a reason, which the ledger keeps. */
    @Transactional
    public ClarificationView answerPrivately(long dialogueId, long clarificationId, long expectedVersion,
            String answer, String reason) {
        MarketDialogue d = access.asBuyerConfidential(dialogueId).dialogue();
        Clarification done = repeat(dialogueId, clarificationId, ClarificationStatus.ANSWERED_PRIVATELY, answer,
                reason);
        if (done != null) {
            return view(done, null, true);
        }
        Clarification c = open(dialogueId, clarificationId, expectedVersion);
        String cleanAnswer = answerText(answer);
        String cleanReason = reason.strip();
        if (cleanReason.length() < DialogueRules.REASON_MIN || cleanReason.length() > DialogueRules.REASON_MAX) {
            throw new ValidationException("clarification.error.reason", DialogueRules.REASON_MIN,
                    DialogueRules.REASON_MAX);
        }
        c.answerPrivately(cleanAnswer, cleanReason, clock.instant(), access.actorName());
        clarifications.flush();
        long supplier = participants.findById(c.getParticipantId()).orElseThrow(NotFoundException::new)
                .getSupplierTenantId();
        ledger.withOne(dialogueId, LedgerKind.ANSWER_PRIVATE, supplier, cleanReason);
        audit.recordIn(d.getTenantId(), "clarification.answered-privately", "MarketDialogue", dialogueId,
                FieldChange.set("clarification", c.id()), FieldChange.set("reason", cleanReason));
        return view(c, null, true);
    }

    /**
     * Publishes question and answer to every participant under the next number. The buyer may rewrite the question
     * so that it does not reveal who asked; the asker is never shown to anyone else.
     */
    @Transactional
    public ClarificationView publish(long dialogueId, long clarificationId, long expectedVersion,
            String editedQuestion, String answer) {
        MarketDialogue d = access.asBuyerConfidential(dialogueId).dialogue();
        Clarification done = repeat(dialogueId, clarificationId, ClarificationStatus.PUBLISHED, answer,
                editedQuestion);
        if (done != null) {
            return view(done, null, true);
        }
        Clarification c = open(dialogueId, clarificationId, expectedVersion);
        String question = editedQuestion.strip();
        if (question.length() < 5 || question.length() > DialogueRules.CLARIFICATION_MAX) {
            throw new ValidationException("clarification.error.text", DialogueRules.CLARIFICATION_MAX);
        }
        String cleanAnswer = answerText(answer);
        anonymity.requireNoSupplierNamed(dialogueId, question, cleanAnswer);
        dialogues.lock(dialogueId);
        int number = clarifications.highestNumber(dialogueId) + 1;
        c.publish(question, cleanAnswer, number, clock.instant(), access.actorName());
        clarifications.flush();
        ledger.toAll(dialogueId, LedgerKind.ANSWER_PUBLISHED, "#" + number + ": " + question);
        news.clarificationPublished(d, number);
        audit.recordIn(d.getTenantId(), "clarification.published", "MarketDialogue", dialogueId,
                FieldChange.set("clarification", c.id()), FieldChange.set("number", number));
        return view(c, null, true);
    }

    private List<PublishedQa> publishedOf(long dialogueId) {
        return clarifications.findByDialogueIdAndStatusOrderByPublishedNumberAsc(dialogueId,
                        ClarificationStatus.PUBLISHED).stream()
                .map(c -> new PublishedQa(Objects.requireNonNull(c.getPublishedNumber()),
                        Objects.requireNonNull(c.getPublishedQuestion()), Objects.requireNonNull(c.getAnswerText()),
                        Objects.requireNonNull(c.getAnsweredAt())))
                .toList();
    }

    /**
     * The clarification, when the same user already answered it with the same text (and the same reason, or the same
     * published question): a double click or a second try after a slow answer. The repeat is harmless, so it
     * succeeds without a second number, ledger line, notice or audit entry, instead of "someone else saved".
     */
    private @Nullable Clarification repeat(long dialogueId, long clarificationId, ClarificationStatus status,
            String answer, String detail) {
        Clarification c = clarifications.findByIdAndDialogueId(clarificationId, dialogueId)
                .orElseThrow(NotFoundException::new);
        String shownDetail = status == ClarificationStatus.PUBLISHED ? c.getPublishedQuestion() : c.getPrivateReason();
        boolean same = c.getStatus() == status && answer.strip().equals(c.getAnswerText())
                && detail.strip().equals(shownDetail) && access.actorName().equals(c.getAnsweredBy());
        return same ? c : null;
    }

    private Clarification open(long dialogueId, long clarificationId, long expectedVersion) {
        Clarification c = clarifications.findByIdAndDialogueId(clarificationId, dialogueId)
                .orElseThrow(NotFoundException::new);
        c.requireVersion(expectedVersion);
        if (c.getStatus() != ClarificationStatus.OPEN) {
            throw new ValidationException("clarification.error.answered");
        }
        return c;
    }

    private static String answerText(String answer) {
        String clean = answer.strip();
        if (clean.isEmpty() || clean.length() > DialogueRules.CLARIFICATION_MAX) {
            throw new ValidationException("clarification.error.answer", DialogueRules.CLARIFICATION_MAX);
        }
        return clean;
    }

    private static ClarificationView view(Clarification c, @Nullable String supplierName, boolean buyer) {
        return new ClarificationView(c.id(), c.getVersion(), supplierName, c.getQuestionText(), c.getAskedAt(),
                c.getAskedBy(), c.getStatus(), c.getAnswerText(), buyer ? c.getPrivateReason() : null,
                c.getPublishedQuestion(), c.getPublishedNumber());
    }
}
