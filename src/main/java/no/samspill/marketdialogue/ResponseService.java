package no.samspill.marketdialogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.AnswerRepository;
import no.samspill.marketdialogue.domain.DialogueAnswer;
import no.samspill.marketdialogue.domain.DialogueFile;
import no.samspill.marketdialogue.domain.FileRepository;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static no.samspill.platform.Lookups.present;

/**
 * The supplier's side: the dialogues its tenant may see, and its one shared response. Every method works on the
 * caller's own tenant's participation only; nothing here can return another supplier's answers or name them.
 */
@Service
public class ResponseService {

    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final FileRepository files;
    private final Questionnaires questionnaires;
    private final DialogueLedger ledger;
    private final DialogueAccess access;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final ReceiptService receipts;
    private final DialogueNews news;
    private final Clock clock;

    ResponseService(DialogueRepository dialogues, ParticipantRepository participants, AnswerRepository answers,
            FileRepository files, Questionnaires questionnaires, DialogueLedger ledger, DialogueAccess access, TenantDirectory tenants,
            AuditTrail audit, ReceiptService receipts, DialogueNews news, Clock clock) {
        this.dialogues = dialogues;
        this.participants = participants;
        this.answers = answers;
        this.files = files;
        this.questionnaires = questionnaires;
        this.ledger = ledger;
        this.access = access;
        this.tenants = tenants;
        this.audit = audit;
        this.receipts = receipts;
        this.news = news;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SupplierDialogueRow> myDialogues() {
        long supplier = access.supplierTenant();
        List<MarketDialogue> visible = dialogues.visibleToSupplier(supplier);
        Map<Long, DialogueParticipant> mine = participants.findBySupplierTenantId(supplier).stream()
                .collect(Collectors.toMap(DialogueParticipant::getDialogueId, Function.identity()));
        Map<Long, TenantSummary> buyers = tenants.summariesOf(visible.stream().map(MarketDialogue::getTenantId)
                .collect(Collectors.toSet()));
        return visible.stream().map(d -> new SupplierDialogueRow(d.id(), d.getTitle(),
                        present(buyers, d.getTenantId()).name(), d.getDeadline(),
                        present(buyers, d.getTenantId()).timeZone(),
                        d.isOpenFor(clock.instant()),
                        d.getAccessMode(), Optional.ofNullable(mine.get(d.id())).map(DialogueParticipant::getStatus)
                                .orElse(null)))
                .sorted(Comparator.comparing(SupplierDialogueRow::open).reversed()
                        .thenComparing(SupplierDialogueRow::deadline))
                .toList();
    }

    /** The open dialogues for a supplier user's dashboard; empty (not an error) for everybody else. */
    @Transactional(readOnly = true)
    public List<SupplierDialogueRow> openForDashboard() {
        if (!access.isSupplierUser()) {
            return List.of();
        }
        return myDialogues().stream().filter(SupplierDialogueRow::open).toList();
    }

    /** Opens the form; the first visit joins an open dialogue and marks an invitation as opened. */
    @Transactional
    public ResponseForm open(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        MarketDialogue d = view.dialogue();
        DialogueParticipant p = view.participant().orElseGet(() -> join(d, view.supplierTenantId()));
        if (p.getStatus() == ParticipantStatus.INVITED) {
            audit.recordIn(view.supplierTenantId(), "response.opened", "MarketDialogue", d.id());
        }
        p.opened(clock.instant());
        List<DialogueAnswer> stored = answers.findByParticipantId(p.id());
        Map<Long, AnswerValue> mine = stored.stream().map(Answers::view)
                .collect(Collectors.toMap(AnswerValue::questionId, Function.identity()));
        // read with the form, once: the file questions show them, and the receipt counts them as answered
        List<DialogueFile> files = this.files.findByParticipantId(p.id());
        TenantSummary buyer = tenants.tenant(d.getTenantId()).orElseThrow(NotFoundException::new);
        List<SectionView> sections = questionnaires.of(d.id());
        SubmissionReceipt receipt = ReceiptService.submitted(p)
                ? receipts.of(d, p, stored, files, Questionnaires.flatten(sections), buyer) : null;
        return new ResponseForm(d.id(), d.getTitle(), buyer.name(), d.getIntroduction(), d.getDeadline(),
                buyer.timeZone(), editable(d, p), p.getStatus(), p.getSubmittedAt(),
                p.getSeenVersion() < d.getQuestionnaireVersion(), sections, mine,
                files.stream().filter(f -> f.getQuestionId() != null).collect(Collectors.toMap(
                        f -> Objects.requireNonNull(f.getQuestionId()), DialogueFileService::ref)), receipt);
    }

    /**
     * Saves one answer of the tenant's draft. The version the user last saw must still be current: two colleagues
     * editing the same answer get a clear refusal for the second save, never a silent overwrite.
     */
    @Transactional
    public AnswerValue saveAnswer(long dialogueId, long questionId, @Nullable Long expectedVersion,
            AnswerInput input) {
        DialogueAccess.SupplierView view = access.asSupplierForUpdate(dialogueId);
        DialogueParticipant p = participant(view);
        requireOpen(view.dialogue());
        if (p.getStatus() == ParticipantStatus.SUBMITTED) {
            throw new ValidationException("response.error.submitted");
        }
        QuestionView question = Questionnaires.flatten(questionnaires.of(dialogueId)).stream()
                .filter(q -> q.id() == questionId).findFirst().orElseThrow(NotFoundException::new);
        AnswerInput valid = AnswerRules.validate(question, input);
        DialogueAnswer answer = answers.findByParticipantIdAndQuestionId(p.id(), questionId).orElse(null);
        if (answer == null ? expectedVersion != null : !Objects.equals(answer.getVersion(), expectedVersion)) {
            throw new ConcurrentEditException();
        }
        if (answer == null) {
            answer = new DialogueAnswer(p.id(), questionId);
        }
        answer.set(AnswerRules.text(question, valid), valid.number(), valid.yes(), clock.instant(),
                access.actorName());
        try {
            answer = answers.saveAndFlush(answer);
        } catch (DataIntegrityViolationException firstSaveByTwo) {
            // two colleagues gave the first answer to this question at the same moment
            throw new ConcurrentEditException();
        }
        p.drafted();
        audit.recordIn(view.supplierTenantId(), "response.answer-saved", "MarketDialogue", dialogueId,
                FieldChange.set("question", question.number()));
        return Answers.view(answer);
    }

    /**
     * Submits the tenant's shared response. Submitting it again is harmless, since a submitted response cannot be
     * changed: the repeat succeeds and says so, without a second ledger line or audit entry (also after the deadline,
     * as the submission stands).
     */
    @Transactional
    public Submission submit(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplierForUpdate(dialogueId);
        DialogueParticipant p = participant(view);
        if (p.getStatus() == ParticipantStatus.SUBMITTED) {
            return new Submission(open(dialogueId), true);
        }
        requireOpen(view.dialogue());
        Set<Long> answered = answers.findByParticipantId(p.id()).stream()
                .filter(a -> a.getTextValue() != null || a.getNumberValue() != null || a.getBoolValue() != null)
                .map(DialogueAnswer::getQuestionId).collect(Collectors.toSet());
        List<QuestionView> missing = Questionnaires.flatten(questionnaires.of(dialogueId)).stream()
                .filter(q -> q.required() && !answered.contains(q.id())).toList();
        if (!missing.isEmpty()) {
            // names the questions, so the form marks each one besides saying which
            throw ValidationException.about(missing.stream().map(q -> DialogueRules.answerField(q.id())).toList(),
                    "response.error.missing", missing.stream().map(QuestionView::number)
                            .collect(Collectors.joining(", ")));
        }
        p.submit(clock.instant());
        participants.flush();
        ledger.withOne(dialogueId, LedgerKind.RESPONSE_SUBMITTED, view.supplierTenantId(), "");
        SubmissionReceipt receipt = receipts.of(view.dialogue(), p);
        audit.recordIn(view.supplierTenantId(), "response.submitted", "MarketDialogue", dialogueId,
                FieldChange.set("receipt", receipt.reference()));
        news.submitted(view.dialogue(), receipt, view.supplierTenantId());
        return new Submission(open(dialogueId), false);
    }

    /** Takes a submitted response back to draft, as long as the deadline has not passed. */
    @Transactional
    public ResponseForm reopen(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplierForUpdate(dialogueId);
        DialogueParticipant p = participant(view);
        requireOpen(view.dialogue());
        if (p.getStatus() != ParticipantStatus.SUBMITTED) {
            throw new ValidationException("response.error.not-submitted");
        }
        p.reopen();
        participants.flush();
        ledger.withOne(dialogueId, LedgerKind.RESPONSE_REOPENED, view.supplierTenantId(), "");
        audit.recordIn(view.supplierTenantId(), "response.reopened", "MarketDialogue", dialogueId);
        return open(dialogueId);
    }

    /** The supplier has read the notice that the questionnaire changed. */
    @Transactional
    public void acknowledgeQuestionnaire(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        participant(view).seen(view.dialogue().getQuestionnaireVersion());
        audit.recordIn(view.supplierTenantId(), "response.questionnaire-seen", "MarketDialogue", dialogueId,
                FieldChange.set("version", view.dialogue().getQuestionnaireVersion()));
    }

    /** Joining an open dialogue happens on the first visit, and only while it takes responses. */
    private DialogueParticipant join(MarketDialogue d, long supplierTenantId) {
        requireOpen(d);
        DialogueParticipant p = participants.save(new DialogueParticipant(d.id(), supplierTenantId, false,
                d.getQuestionnaireVersion()));
        ledger.withOne(d.id(), LedgerKind.SUPPLIER_JOINED, supplierTenantId, "");
        news.joined(d, supplierTenantId, tenants.tenant(supplierTenantId).map(TenantSummary::name).orElse(""));
        audit.recordIn(supplierTenantId, "response.joined", "MarketDialogue", d.id());
        return p;
    }

    private DialogueParticipant participant(DialogueAccess.SupplierView view) {
        return view.participant().orElseThrow(() -> new ValidationException("response.error.not-joined"));
    }

    private void requireOpen(MarketDialogue d) {
        if (!d.isOpenFor(clock.instant())) {
            throw new ValidationException("response.error.deadline-passed");
        }
    }

    private boolean editable(MarketDialogue d, DialogueParticipant p) {
        return d.isOpenFor(clock.instant()) && p.getStatus() != ParticipantStatus.SUBMITTED;
    }

}
