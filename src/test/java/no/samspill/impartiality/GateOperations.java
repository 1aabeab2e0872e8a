package no.samspill.impartiality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.DialogueExportService;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.referencegroup.CommentFilter;
import no.samspill.referencegroup.CommentLogService;
import no.samspill.referencegroup.GroupMeetingService;
import no.samspill.referencegroup.ReviewCommentService;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.PackageService;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.DeclarationRequiredException.Reason;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every service operation that serves a project's confidential material, by who reaches it: the buyer's leads and
 * admins (dialogue, steering papers and packages, group minutes) and the members of the project's reference group
 * (documents under review, group minutes). The access-matrix tests try each of them as declared, undeclared and
 * disqualified people; a new gated operation belongs here.
 */
@Component
class GateOperations {

    private final DialogueService dialogues;
    private final DialogueExportService exports;
    private final DialogueFileService files;
    private final ClarificationService clarifications;
    private final MeetingService meetings;
    private final ReviewDocumentService documents;
    private final ReviewCommentService comments;
    private final CommentLogService commentLog;
    private final GroupMeetingService groupMeetings;
    private final CasePaperService papers;
    private final PackageService packages;
    private final SamspillI18NProvider i18n;

    GateOperations(DialogueService dialogues, DialogueExportService exports, DialogueFileService files,
            ClarificationService clarifications, MeetingService meetings, ReviewDocumentService documents,
            ReviewCommentService comments, CommentLogService commentLog, GroupMeetingService groupMeetings,
            CasePaperService papers, PackageService packages, SamspillI18NProvider i18n) {
        this.dialogues = dialogues;
        this.exports = exports;
        this.files = files;
        this.clarifications = clarifications;
        this.meetings = meetings;
        this.documents = documents;
        this.comments = comments;
        this.commentLog = commentLog;
        this.groupMeetings = groupMeetings;
        this.papers = papers;
        this.packages = packages;
        this.i18n = i18n;
    }

    Translator nb() {
        return Translator.of(ImpartialityFixture.NB, (l, k, a) -> i18n.getTranslation(k, l, a));
    }

    /** What a procurement lead or admin reads and does in a dialogue (buyer side). */
    Map<String, Runnable> dialogue(ImpartialityFixture.World w) {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        ops.put("answer matrix", () -> dialogues.matrix(w.dialogueId()));
        ops.put("matrix export", () -> exports.matrixXlsx(w.dialogueId(), nb()));
        ops.put("clarification inbox", () -> clarifications.inbox(w.dialogueId()));
        ops.put("answer privately", () -> clarifications.answerPrivately(w.dialogueId(), w.clarificationId(), 0,
                "Svar", "En begrunnelse som er lang nok."));
        ops.put("publish clarification", () -> clarifications.publish(w.dialogueId(), w.clarificationId(), 0,
                "Spørsmål", "Svar"));
        ops.put("meetings and minutes", () -> meetings.forBuyer(w.dialogueId()));
        ops.put("write minutes", () -> meetings.writeMinutes(w.dialogueId(), -1, 0, "Referat"));
        ops.put("publish minutes", () -> meetings.publishMinutes(w.dialogueId(), -1, 0, "Referat", "Referat"));
        ops.put("download a supplier's file", () -> files.download(w.dialogueId(), -1, true));
        ops.put("zip of submitted files", () -> {
            try {
                files.zipSubmitted(w.dialogueId(), new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ops.put("equal-treatment ledger", () -> dialogues.ledger(w.dialogueId()));
        ops.put("ledger export", () -> exports.ledgerXlsx(w.dialogueId(), ZoneId.of("Europe/Oslo"), nb()));
        ops.put("buyer's attachments", () -> files.attachmentsForBuyer(w.dialogueId()));
        ops.put("attach a file", () -> files.attach(w.dialogueId(), "vedlegg.txt",
                "Til alle.".getBytes(StandardCharsets.UTF_8)));
        ops.put("remove an attachment", () -> files.removeAttachment(w.dialogueId(), -1));
        ops.put("download the buyer's attachment", () -> files.download(w.dialogueId(), -1, true));
        return ops;
    }

    /** What a member of the project's reference group reads of a document under review. */
    Map<String, Runnable> review(ImpartialityFixture.World w) {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        ops.put("review page", () -> documents.page(w.documentId(), 0));
        ops.put("comment threads", () -> documents.threads(w.documentId(), 0, "1", CommentFilter.ALL, 0, 10));
        ops.put("diff", () -> documents.diff(w.documentId(), 1));
        ops.put("comment", () -> comments.comment(w.documentId(), -1, "En kommentar", false));
        ops.put("comment log xlsx", () -> commentLog.xlsx(w.documentId(), ZoneId.of("Europe/Oslo"), nb()));
        ops.put("comment log pdf", () -> commentLog.pdf(w.documentId(), nb()));
        return ops;
    }

    /** The project's reference-group meetings: agendas and minutes, for members and for the group's leads. */
    Map<String, Runnable> minutes(ImpartialityFixture.World w, ImpartialityFixture.Papers p) {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        ops.put("group meetings", () -> groupMeetings.meetings(w.groupId()));
        ops.put("group meetings page", () -> groupMeetings.meetings(w.groupId(), 0, 10));
        ops.put("group meetings count", () -> groupMeetings.countMeetings(w.groupId()));
        return ops;
    }

    /** Writing the group's agendas and minutes: for the group's leads. */
    Map<String, Runnable> minutesWritten(ImpartialityFixture.World w, ImpartialityFixture.Papers p) {
        Map<String, Runnable> ops = new LinkedHashMap<>(minutes(w, p));
        ops.put("plan a group meeting", () -> groupMeetings.plan(w.groupId(), java.time.LocalDate.now(), "Møte",
                "Agenda"));
        ops.put("record group minutes", () -> groupMeetings.record(p.groupMeetingId(), p.groupMeetingVersion(),
                "Referat", Set.of()));
        return ops;
    }

    /** The project's case papers and the steering packages that hold them, for the steering group's readers. */
    Map<String, Runnable> papers(ImpartialityFixture.Papers p) {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        ops.put("case paper", () -> papers.view(p.paperId()));
        ops.put("case paper's project status", () -> papers.projectStatus(p.paperId()));
        ops.put("case paper's attachments", () -> papers.attachments(p.paperId()));
        ops.put("case paper's attachment", () -> papers.attachment(p.attachmentId()));
        ops.put("attach to the case paper", () -> papers.attach(p.paperId(), "mer.txt",
                "Mer.".getBytes(StandardCharsets.UTF_8)));
        ops.put("update the case paper", () -> papers.update(p.paperId(), -1,
                ImpartialityFixture.paperForm("Ny tittel", null)));
        ops.put("archived steering package", () -> packages.download(p.packageId()));
        ops.put("generate a steering package", () -> packages.generate(p.meetingId(), nb()));
        return ops;
    }

    /** Every operation refuses with the gate's reason. */
    static void allRefused(String who, Map<String, Runnable> ops, Reason reason) {
        assertThat(ops).hasSizeGreaterThan(5);
        ops.forEach((name, op) -> assertThat(catchThrowable(op::run)).as(who + ": " + name)
                .isInstanceOfSatisfying(DeclarationRequiredException.class, e -> assertThat(e.reason())
                        .isEqualTo(reason)));
    }

    /** A declared person passes the gate: whatever fails now (a bogus id, a stale version) is not the gate. */
    static void noneGated(String who, Map<String, Runnable> ops) {
        ops.forEach((name, op) -> {
            Throwable thrown = catchThrowable(op::run);
            if (thrown != null) {
                assertThat(thrown).as(who + ": " + name).isNotInstanceOf(DeclarationRequiredException.class);
            }
        });
    }
}
