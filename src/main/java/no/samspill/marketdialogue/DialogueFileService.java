package no.samspill.marketdialogue;

import no.samspill.platform.files.UploadRules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.samspill.marketdialogue.domain.AnswerRepository;
import no.samspill.marketdialogue.domain.DialogueAnswer;
import no.samspill.marketdialogue.domain.DialogueFile;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.FileContent;
import no.samspill.marketdialogue.domain.FileContentRepository;
import no.samspill.marketdialogue.domain.FileRepository;
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
 * Files in a dialogue. The buyer's attachments (e.g. a draft specification) go to every participant; a supplier's
 * file answer is seen by its own tenant and, once submitted, by the buyer. Every download is checked here.
 */
@Service
public class DialogueFileService {

    private final FileRepository files;
    private final FileContentRepository contents;
    private final AnswerRepository answers;
    private final ParticipantRepository participants;
    private final Questionnaires questionnaires;
    private final UploadRules rules;
    private final DialogueLedger ledger;
    private final DialogueAccess access;
    private final SupplierNames supplierNames;
    private final AuditTrail audit;
    private final Clock clock;

    DialogueFileService(FileRepository files, FileContentRepository contents, AnswerRepository answers,
            ParticipantRepository participants, Questionnaires questionnaires, UploadRules rules,
            DialogueLedger ledger, DialogueAccess access, SupplierNames supplierNames, AuditTrail audit, Clock clock) {
        this.files = files;
        this.contents = contents;
        this.answers = answers;
        this.participants = participants;
        this.questionnaires = questionnaires;
        this.rules = rules;
        this.ledger = ledger;
        this.access = access;
        this.supplierNames = supplierNames;
        this.audit = audit;
        this.clock = clock;
    }

    /** The upload limit, for the upload component's own early check. */
    public long maxUploadBytes() {
        return rules.maxBytes();
    }

    @Transactional
    public List<FileRef> attach(long dialogueId, String fileName, byte[] content) {
        MarketDialogue d = access.asBuyerConfidential(dialogueId).dialogue();
        if (d.isPublished() && !d.isOpenFor(clock.instant())) {
            throw new ValidationException("dialogue.error.closed");
        }
        DialogueFile file = store(dialogueId, null, null, fileName, content);
        if (d.isPublished()) {
            ledger.toAll(dialogueId, LedgerKind.ATTACHMENT_ADDED, file.getFileName());
        }
        audit.recordIn(d.getTenantId(), "dialogue.attachment-added", "MarketDialogue", dialogueId,
                FieldChange.set("file", file.getFileName()));
        return attachments(dialogueId);
    }

    /** Removes a buyer attachment, only before publication: afterwards suppliers may already rely on it. */
    @Transactional
    public List<FileRef> removeAttachment(long dialogueId, long fileId) {
        MarketDialogue d = access.asBuyerConfidential(dialogueId).dialogue();
        if (d.isPublished()) {
            throw new ValidationException("dialogue.error.published");
        }
        DialogueFile file = files.findByIdAndDialogueId(fileId, dialogueId)
                .filter(f -> f.getParticipantId() == null).orElseThrow(NotFoundException::new);
        contents.deleteById(file.id());
        files.delete(file);
        audit.recordIn(d.getTenantId(), "dialogue.attachment-removed", "MarketDialogue", dialogueId,
                FieldChange.of("file", file.getFileName(), null));
        return attachments(dialogueId);
    }

    @Transactional(readOnly = true)
    public List<FileRef> attachmentsForBuyer(long dialogueId) {
        // the buyer's own attachments are the project's working material too: behind its impartiality gate
        access.asBuyerConfidential(dialogueId);
        return attachments(dialogueId);
    }

    @Transactional(readOnly = true)
    public List<FileRef> attachmentsForSupplier(long dialogueId) {
        access.asSupplier(dialogueId);
        return attachments(dialogueId);
    }

    /** A supplier's file answer; replaces an earlier file for the same question. */
    @Transactional
    public AnswerValue uploadAnswer(long dialogueId, long questionId, String fileName, byte[] content) {
        DialogueAccess.SupplierView view = access.asSupplierForUpdate(dialogueId);
        DialogueParticipant p = openDraft(view);
        QuestionView q = fileQuestion(dialogueId, questionId);
        files.findByParticipantIdAndQuestionId(p.id(), questionId).ifPresent(old -> {
            audit.recordIn(view.supplierTenantId(), "response.file-replaced", "MarketDialogue", dialogueId,
                    FieldChange.of("file", old.getFileName() + " (" + old.getUploadedBy() + ")", null));
            contents.deleteById(old.id());
            files.delete(old);
            files.flush();
        });
        DialogueFile file = store(dialogueId, p.id(), questionId, fileName, content);
        DialogueAnswer answer = answers.findByParticipantIdAndQuestionId(p.id(), questionId)
                .orElseGet(() -> new DialogueAnswer(p.id(), questionId));
        answer.set(file.getFileName(), null, null, clock.instant(), access.actorName());
        answer = answers.saveAndFlush(answer);
        p.drafted();
        audit.recordIn(view.supplierTenantId(), "response.file-uploaded", "MarketDialogue", dialogueId,
                FieldChange.set("question", q.number()), FieldChange.set("file", file.getFileName()));
        return Answers.view(answer);
    }

    /**
     * Takes back the file given for a question while the response is a draft, so the question stands unanswered
     * again (a required one then holds back the submit, as any unanswered question does).
     */
    @Transactional
    public AnswerValue removeAnswer(long dialogueId, long questionId) {
        DialogueAccess.SupplierView view = access.asSupplierForUpdate(dialogueId);
        DialogueParticipant p = openDraft(view);
        QuestionView q = fileQuestion(dialogueId, questionId);
        DialogueFile old = files.findByParticipantIdAndQuestionId(p.id(), questionId)
                .orElseThrow(() -> new ValidationException("response.error.no-file"));
        contents.deleteById(old.id());
        files.delete(old);
        files.flush();
        DialogueAnswer answer = answers.findByParticipantIdAndQuestionId(p.id(), questionId)
                .orElseGet(() -> new DialogueAnswer(p.id(), questionId));
        answer.set(null, null, null, clock.instant(), access.actorName());
        answer = answers.saveAndFlush(answer);
        p.drafted();
        audit.recordIn(view.supplierTenantId(), "response.file-removed", "MarketDialogue", dialogueId,
                FieldChange.set("question", q.number()), FieldChange.of("file", old.getFileName(), null));
        return Answers.view(answer);
    }

    private DialogueParticipant openDraft(DialogueAccess.SupplierView view) {
        DialogueParticipant p = view.participant()
                .orElseThrow(() -> new ValidationException("response.error.not-joined"));
        if (!view.dialogue().isOpenFor(clock.instant())) {
            throw new ValidationException("response.error.deadline-passed");
        }
        if (p.getStatus() == ParticipantStatus.SUBMITTED) {
            throw new ValidationException("response.error.submitted");
        }
        return p;
    }

    private QuestionView fileQuestion(long dialogueId, long questionId) {
        return Questionnaires.flatten(questionnaires.of(dialogueId)).stream()
                .filter(x -> x.id() == questionId && x.type() == QuestionType.FILE).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The supplier's own file answers, by question. */
    @Transactional(readOnly = true)
    public Map<Long, FileRef> myFiles(long dialogueId) {
        DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
        return view.participant().map(p -> files.findByParticipantId(p.id()).stream().map(DialogueFileService::ref)
                        .collect(Collectors.toMap(f -> Objects.requireNonNull(f.questionId()), Function.identity())))
                .orElse(Map.of());
    }

    /**
     * A download, checked against who asks: the buyer gets its attachments and files of submitted responses;
     * a supplier gets the buyer's attachments and its own files. Anything else is "not found".
     */
    @Transactional(readOnly = true)
    public FileDownload download(long dialogueId, long fileId, boolean asBuyer) {
        DialogueFile file;
        if (asBuyer) {
            DialogueAccess.Confidential confidential = access.asBuyerConfidential(dialogueId);
            Set<Long> submitted = submittedParticipants(dialogueId);
            file = files.findByIdAndDialogueId(fileId, dialogueId)
                    .filter(f -> f.getParticipantId() == null || submitted.contains(f.getParticipantId()))
                    .filter(f -> !confidential.hides(f.getParticipantId()))
                    .orElseThrow(NotFoundException::new);
        } else {
            DialogueAccess.SupplierView view = access.asSupplier(dialogueId);
            Long mine = view.participant().map(DialogueParticipant::id).orElse(null);
            file = files.findByIdAndDialogueId(fileId, dialogueId)
                    .filter(f -> f.getParticipantId() == null || Objects.equals(f.getParticipantId(), mine))
                    .orElseThrow(NotFoundException::new);
        }
        byte[] bytes = contents.findById(file.id()).orElseThrow(NotFoundException::new).getContent();
        return new FileDownload(file.getFileName(), file.getContentType(), bytes);
    }

    /** All files of submitted responses as one zip, a folder per supplier, for the buyer. */
    @Transactional(readOnly = true)
    public void zipSubmitted(long dialogueId, OutputStream out) throws IOException {
        DialogueAccess.Confidential confidential = access.asBuyerConfidential(dialogueId);
        Map<Long, DialogueParticipant> byId = participants.findByDialogueId(dialogueId).stream()
                .filter(p -> p.getStatus() == ParticipantStatus.SUBMITTED && !confidential.hides(p.id()))
                .collect(Collectors.toMap(DialogueParticipant::id, Function.identity()));
        Map<Long, String> names = supplierNames.byParticipant(dialogueId);
        Map<Long, String> numbers = Questionnaires.flatten(questionnaires.of(dialogueId)).stream()
                .collect(Collectors.toMap(QuestionView::id, QuestionView::number));
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (DialogueFile f : files.findByDialogueIdAndParticipantIdIsNotNull(dialogueId)) {
                DialogueParticipant p = byId.get(f.getParticipantId());
                if (p == null) {
                    continue;
                }
                String folder = names.getOrDefault(p.id(), "?").replaceAll("[/\\\\:*?\"<>|]", "_");
                zip.putNextEntry(new ZipEntry(folder + "/" + numbers.getOrDefault(f.getQuestionId(), "") + " "
                        + f.getFileName()));
                // bytes by projection, not as entities: a zip of many files must not pile them up in the session
                zip.write(contents.bytesOf(f.id()));
                zip.closeEntry();
            }
        }
    }

    private DialogueFile store(long dialogueId, @Nullable Long participantId, @Nullable Long questionId, String fileName,
            byte[] content) {
        String type = rules.check(fileName, content);
        DialogueFile file = files.save(new DialogueFile(dialogueId, participantId, questionId, fileName.strip(), type,
                content.length, sha256(content), clock.instant(), access.actorName()));
        contents.save(new FileContent(file.id(), content));
        return file;
    }

    private List<FileRef> attachments(long dialogueId) {
        return files.findByDialogueIdAndParticipantIdIsNullOrderByUploadedAt(dialogueId).stream()
                .map(DialogueFileService::ref).toList();
    }

    private Set<Long> submittedParticipants(long dialogueId) {
        return participants.findByDialogueId(dialogueId).stream()
                .filter(p -> p.getStatus() == ParticipantStatus.SUBMITTED).map(DialogueParticipant::id)
                .collect(Collectors.toSet());
    }

    static FileRef ref(DialogueFile f) {
        return new FileRef(f.id(), f.getFileName(), f.getSizeBytes(), f.getUploadedAt(), f.getUploadedBy(),
                f.getQuestionId());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
