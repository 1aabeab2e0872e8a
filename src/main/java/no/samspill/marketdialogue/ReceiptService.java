package no.samspill.marketdialogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.samspill.marketdialogue.domain.AnswerRepository;
import no.samspill.marketdialogue.domain.DialogueAnswer;
import no.samspill.marketdialogue.domain.DialogueFile;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.FileRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.TenantGrant;
import no.samspill.reporting.ReportEngine;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipt of a supplier's submitted response, for that supplier's users only (through the supplier gate of
 * {@link DialogueAccess}): on the answer page, as a PDF, and in the mail to whoever submitted.
 */
@Service
public class ReceiptService {

    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final DialogueAccess access;
    private final AnswerRepository answers;
    private final FileRepository files;
    private final Questionnaires questionnaires;
    private final TenantDirectory tenants;
    private final ReportEngine reports;
    private final AccessPolicy policy;

    ReceiptService(DialogueAccess access, AnswerRepository answers, FileRepository files,
            Questionnaires questionnaires, TenantDirectory tenants, ReportEngine reports, AccessPolicy policy) {
        this.access = access;
        this.policy = policy;
        this.answers = answers;
        this.files = files;
        this.questionnaires = questionnaires;
        this.tenants = tenants;
        this.reports = reports;
    }

    /** The receipt of the caller's tenant's response, while it stands submitted; empty before and after a reopen. */
    @Transactional(readOnly = true)
    public Optional<SubmissionReceipt> receipt(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        return view.participant().filter(ReceiptService::submitted).map(p -> of(view.dialogue(), p));
    }

    /** The receipt as a PDF in the reader's language; "not found" when the response does not stand submitted. */
    @Transactional(readOnly = true)
    public PreparedFile pdf(long dialogueId, Translator t) {
        SubmissionReceipt receipt = receipt(dialogueId).orElseThrow(NotFoundException::new);
        return ReceiptPdf.prepare(reports, receipt, t);
    }

    static boolean submitted(DialogueParticipant p) {
        return p.getStatus() == ParticipantStatus.SUBMITTED && p.getSubmittedAt() != null;
    }

    /** The receipt of a participation that the caller has already checked to be submitted. */
    SubmissionReceipt of(MarketDialogue d, DialogueParticipant p) {
        TenantSummary buyer = tenants.tenant(d.getTenantId()).orElseThrow(NotFoundException::new);
        return of(d, p, answers.findByParticipantId(p.id()), files.findByParticipantId(p.id()),
                Questionnaires.flatten(questionnaires.of(d.id())), buyer);
    }

    /**
     * The same, from what the answer form has read already. The supplier is the caller's active tenant (the
     * supplier gate binds the participation to it), so its name comes from the request's grants.
     */
    SubmissionReceipt of(MarketDialogue d, DialogueParticipant p, List<DialogueAnswer> stored,
            List<DialogueFile> uploaded, List<QuestionView> all, TenantSummary buyer) {
        Instant at = Objects.requireNonNull(p.getSubmittedAt());
        Set<Long> answered = new HashSet<>();
        stored.stream().filter(a -> a.getTextValue() != null || a.getNumberValue() != null || a.getBoolValue() != null)
                .forEach(a -> answered.add(a.getQuestionId()));
        uploaded.stream().map(DialogueFile::getQuestionId).filter(Objects::nonNull).forEach(answered::add);
        String supplier = policy.current().active().filter(g -> g.tenantId() == p.getSupplierTenantId())
                .map(TenantGrant::tenantName).orElseThrow(NotFoundException::new);
        return new SubmissionReceipt(reference(d.id(), p.id(), at), d.id(), d.getTitle(), buyer.name(), supplier, at,
                buyer.timeZone(), all.stream().filter(q -> answered.contains(q.id()))
                        .map(q -> new SubmissionReceipt.Answered(q.number(), q.text())).toList(), all.size());
    }

    /**
     * "MD-42-K7Q2M9XD": the dialogue, and eight characters of a hash of the participation and the second it was
     * submitted (the column keeps microseconds, the clock may give nanoseconds). Without 0/O and 1/I, to read aloud.
     */
    static String reference(long dialogueId, long participantId, Instant submittedAt) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((participantId + ":"
                    + submittedAt.truncatedTo(ChronoUnit.SECONDS).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder code = new StringBuilder("MD-").append(dialogueId).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(BASE32[(hash[i] & 0xff) % BASE32.length]);
        }
        return code.toString();
    }
}
