package no.samspill.referencegroup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.time.TenantTime;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.ReviewComment;
import no.samspill.referencegroup.domain.ReviewCommentRepository;
import no.samspill.referencegroup.domain.ReviewDocument;
import no.samspill.referencegroup.domain.ReviewDocumentRepository;
import no.samspill.referencegroup.domain.ReviewSection;
import no.samspill.referencegroup.domain.ReviewSectionRepository;
import no.samspill.referencegroup.domain.ReviewVersion;
import no.samspill.referencegroup.domain.ReviewVersionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static no.samspill.platform.Lookups.present;

/**
 * Documents under review: the procurement lead publishes them (written in Markdown, or imported from DOCX or
 * Markdown files) and publishes new versions; readers get a version's sections, the comments they may see and
 * the word diff against the previous version.
 */
@Service
public class ReviewDocumentService {

    /** Imports are read whole into memory; a requirement specification in Word is well below this. */
    /** The largest Word document imported. */
    public static final int MAX_IMPORT_BYTES = UploadRules.DOCUMENT_IMPORT_MAX_BYTES;

    private final ReviewAccess access;
    private final ReviewDocumentRepository documents;
    private final ReviewVersionRepository versions;
    private final ReviewSectionRepository sections;
    private final ReviewCommentRepository comments;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ReviewNews news;
    private final ReviewReading reading;
    private final Clock clock;
    private final TenantTime time;

    ReviewDocumentService(ReviewAccess access, ReviewDocumentRepository documents, ReviewVersionRepository versions,
            ReviewSectionRepository sections, ReviewCommentRepository comments, AccessPolicy policy,
            AuditTrail audit, ReviewNews news, ReviewReading reading, Clock clock, TenantTime time) {
        this.access = access;
        this.reading = reading;
        this.documents = documents;
        this.versions = versions;
        this.sections = sections;
        this.comments = comments;
        this.policy = policy;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
        this.time = time;
    }

    /** The group's documents the user may read: all of them, or for a former member those they commented on. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> documents(long groupId) {
        RefGroup group = access.group(groupId);
        // the former member's rule of ReviewAccess, in the query: only the documents they commented on
        boolean former = !access.leadsOf(group) && !access.activeMember(group);
        long me = policy.current().personId();
        List<ReviewDocument> list = former ? documents.findCommentedBy(groupId, me)
                : documents.findByGroupIdOrderByCreatedAtDesc(groupId);
        Map<Long, int[]> counts = reading.counts(list.stream().map(ReviewDocument::id).toList(), former, me);
        return list.stream().map(d -> {
            int[] c = counts.getOrDefault(d.id(), new int[2]);
            return new DocumentSummary(d.id(), d.getVersion(), groupId, group.getName(), d.getTitle(), d.getKind(),
                    d.getOpensOn(), d.getClosesOn(), d.getCurrentNumber(), access.state(d), c[0], c[1]);
        }).toList();
    }

    /** Today in the tenant's zone: the default start of a review window. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return time.today();
    }

    /** The tenant's zone, in which comment times are shown and exported. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        return time.zone();
    }

    /** Whether the user may publish documents in the group: the tenant's procurement leads and admins. */
    @Transactional(readOnly = true)
    public boolean canPublish(long groupId) {
        return access.leadsOf(access.group(groupId));
    }

    @Transactional
    public DocumentSummary publish(long groupId, DocumentForm form, String markdown) {
        RefGroup group = access.leadOfGroup(groupId);
        String title = Texts.clean(form.title(), ReferenceGroupRules.NAME_MIN, ReferenceGroupRules.NAME_MAX,
                "review.error.title");
        if (documents.existsByGroupIdAndTitleIgnoreCase(groupId, title)) {
            throw new ValidationException("review.error.title-taken", title);
        }
        checkWindow(form.opensOn(), form.closesOn());
        List<SectionDraft> drafts = MarkdownSections.parse(markdown);
        ReviewDocument document = documents.save(new ReviewDocument(groupId, form.kind(), title, form.opensOn(),
                form.closesOn(), clock.instant()));
        int number = store(document, drafts, "");
        audit.recordIn(group.getTenantId(), "review.published", "ReviewDocument", document.id(),
                FieldChange.set("title", title), FieldChange.set("version", number),
                FieldChange.set("sections", drafts.size()),
                FieldChange.set("window", form.opensOn() + "–" + form.closesOn()));
        news.opened(group, document);
        return reading.summary(access.read(document.id()));
    }

    /** A new version: comments stay on the version they were made on; the window may be moved at the same time. */
    @Transactional
    public DocumentSummary publishVersion(long documentId, long expectedVersion, String markdown, String note,
            LocalDate opensOn, LocalDate closesOn) {
        // two leads publishing at once: the second waits here, then reads the moved-on version (locked before the
        // first read, so this transaction never holds a stale copy of the document)
        documents.lockById(documentId).orElseThrow(NotFoundException::new);
        ReviewAccess.Reader reader = access.lead(documentId);
        ReviewDocument document = reader.document();
        document.requireVersion(expectedVersion);
        String cleanNote = Texts.clean(note, 0, ReferenceGroupRules.NOTE_MAX, "review.error.note");
        checkWindow(opensOn, closesOn);
        List<SectionDraft> drafts = MarkdownSections.parse(markdown);
        document.window(opensOn, closesOn);
        int number = store(document, drafts, cleanNote);
        documents.flush();
        audit.recordIn(reader.group().getTenantId(), "review.version-published", "ReviewDocument", documentId,
                FieldChange.set("version", number), FieldChange.set("sections", drafts.size()),
                FieldChange.set("window", opensOn + "–" + closesOn), FieldChange.set("note", cleanNote));
        news.opened(reader.group(), document);
        return reading.summary(access.read(documentId));
    }

    /** Moves the review window (to extend it, or to open it later); the close date may not have passed. */
    @Transactional
    public DocumentSummary changeWindow(long documentId, long expectedVersion, LocalDate opensOn, LocalDate closesOn) {
        documents.lockById(documentId).orElseThrow(NotFoundException::new);
        ReviewAccess.Reader reader = access.lead(documentId);
        ReviewDocument document = reader.document();
        document.requireVersion(expectedVersion);
        checkWindow(opensOn, closesOn);
        String before = document.getOpensOn() + "–" + document.getClosesOn();
        document.window(opensOn, closesOn);
        documents.flush();
        audit.recordIn(reader.group().getTenantId(), "review.window-changed", "ReviewDocument", documentId,
                FieldChange.of("window", before, opensOn + "–" + closesOn));
        return reading.summary(access.read(documentId));
    }

    /** Closes the review at once: comments stop today, and the lead goes on with the dispositions. */
    @Transactional
    public DocumentSummary closeNow(long documentId, long expectedVersion) {
        documents.lockById(documentId).orElseThrow(NotFoundException::new);
        ReviewAccess.Reader reader = access.lead(documentId);
        ReviewDocument document = reader.document();
        document.requireVersion(expectedVersion);
        if (access.state(document) == ReviewState.CLOSED) {
            throw new ValidationException("review.error.closed", document.getClosesOn());
        }
        LocalDate yesterday = time.today().minusDays(1);
        String before = document.getOpensOn() + "–" + document.getClosesOn();
        // a review that had not opened yet closes without ever having been open: its window is the day before
        document.window(document.getOpensOn().isAfter(yesterday) ? yesterday : document.getOpensOn(), yesterday);
        documents.flush();
        audit.recordIn(reader.group().getTenantId(), "review.closed-early", "ReviewDocument", documentId,
                FieldChange.of("window", before, document.getOpensOn() + "–" + yesterday));
        return reading.summary(access.read(documentId));
    }

    /** The current version as Markdown, for the lead to edit into the next one. */
    @Transactional(readOnly = true)
    public String currentMarkdown(long documentId) {
        ReviewDocument document = access.lead(documentId).document();
        return MarkdownSections.render(sectionsOf(document, document.getCurrentNumber()).stream()
                .map(s -> new SectionDraft(s.getLevel(), s.getNumber(), s.getHeading(), s.getRequirement(),
                        s.getBody())).toList());
    }

    /**
     * A file read into Markdown for the editor: DOCX through Apache POI, .md and .txt as UTF-8. The text must have
     * headings, because they become the sections.
     */
    public String importFile(String fileName, byte[] content) {
        policy.current();
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new ValidationException("review.error.empty-file");
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new ValidationException("review.error.file-too-big", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        if (name.endsWith(".docx")) {
            return DocxToMarkdown.convert(content);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
            String text = utf8(content);
            MarkdownSections.parse(text);
            return text;
        }
        throw new ValidationException("review.error.file-type");
    }

    /** Checks Markdown the way publishing will, so the editor can show the sections before anything is stored. */
    public List<SectionDraft> preview(String markdown) {
        policy.current();
        return MarkdownSections.parse(markdown);
    }

    @Transactional(readOnly = true)
    public ReviewPage page(long documentId, int versionNumber) {
        return reading.page(documentId, versionNumber);
    }

    /**
     * A page of the threads shown under a section number of the viewed version (threads made on that section in this
     * and earlier versions), with their replies; the filter and the reader's access are applied in the query.
     */
    @Transactional(readOnly = true)
    public CommentThreads threads(long documentId, int versionNumber, String sectionNumber, CommentFilter filter,
            int offset, int limit) {
        return reading.threads(documentId, versionNumber, sectionNumber, filter, offset, limit);
    }

    /** Every comment the reader may see up to the version: the comment log's rows (an export reads them all). */
    @Transactional(readOnly = true)
    List<CommentRow> comments(long documentId, int versionNumber) {
        return reading.all(documentId, versionNumber);
    }

    /** Each section of the version against its namesake in the previous one; sections dropped since come last. */
    @Transactional(readOnly = true)
    public List<SectionDiff> diff(long documentId, int versionNumber) {
        ReviewAccess.Reader reader = access.read(documentId);
        ReviewDocument document = reader.document();
        boolean visible = versions.findByDocumentIdAndNumber(documentId, versionNumber).filter(reader::sees)
                .isPresent();
        if (versionNumber < 2 || versionNumber > document.getCurrentNumber() || !visible) {
            return List.of();
        }
        List<ReviewSection> before = sectionsOf(document, versionNumber - 1);
        List<ReviewSection> after = sectionsOf(document, versionNumber);
        Map<String, ReviewSection> old = before.stream().collect(Collectors.toMap(ReviewSection::getNumber, s -> s));
        Set<String> kept = new HashSet<>();
        List<SectionDiff> out = new ArrayList<>();
        for (ReviewSection s : after) {
            ReviewSection was = old.get(s.getNumber());
            kept.add(s.getNumber());
            out.add(new SectionDiff(s.getNumber(), ReviewReading.change(was, s, versionNumber),
                    WordDiff.of(was == null ? "" : flagged(was), flagged(s)),
                    WordDiff.of(was == null ? "" : was.getBody(), s.getBody()), false));
        }
        before.stream().filter(s -> !kept.contains(s.getNumber())).forEach(s -> out.add(new SectionDiff(
                s.getNumber(), SectionChange.CHANGED, WordDiff.of(flagged(s), ""), WordDiff.of(s.getBody(), ""),
                true)));
        return out;
    }

    /** Documents open for review in the user's active groups where they have not commented on the current version. */
    @Transactional(readOnly = true)
    public List<WaitingDocument> waitingForMe() {
        List<GroupAccess.Active> mine = access.activeMemberships();
        if (mine.isEmpty()) {
            return List.of();
        }
        long me = policy.current().personId();
        Map<Long, RefGroup> groupById = mine.stream().collect(Collectors.toMap(a -> a.group().id(), a -> a.group()));
        return documents.findWaitingFor(groupById.keySet(), time.today(), me).stream()
                .map(d -> new WaitingDocument(d.id(), d.getGroupId(), present(groupById, d.getGroupId()).getName(),
                        d.getTitle(), d.getClosesOn())).toList();
    }

    /** Comments visible to the reader, thread by thread in section order, for the comment log. */
    List<CommentRow> log(long documentId) {
        return reading.all(documentId, Integer.MAX_VALUE);
    }

    private int store(ReviewDocument document, List<SectionDraft> drafts, String note) {
        int number = document.nextVersion();
        ReviewVersion version = versions.save(new ReviewVersion(document.id(), number, note, clock.instant(),
                policy.current().actorName()));
        int position = 0;
        for (SectionDraft d : drafts) {
            sections.save(new ReviewSection(version.id(), position++, d.level(), d.number(), d.heading(),
                    d.requirement(), d.body()));
        }
        return number;
    }

    private void checkWindow(LocalDate opensOn, LocalDate closesOn) {
        if (closesOn.isBefore(opensOn)) {
            throw new ValidationException("review.error.window");
        }
        if (closesOn.isBefore(time.today())) {
            throw new ValidationException("review.error.closes-past");
        }
    }

    private List<ReviewSection> sectionsOf(ReviewDocument document, int number) {
        return versions.findByDocumentIdAndNumber(document.id(), number)
                .map(v -> sections.findByVersionIdOrderByPosition(v.id())).orElse(List.of());
    }

    static CommentRow row(ReviewComment c, ReviewSection on, int versionNumber, long me, boolean changedSince) {
        return new CommentRow(c.id(), c.getVersion(), on.getNumber(), on.getHeading(), versionNumber, c.getParentId(),
                c.getAuthorName(), c.getUnitName(), c.isOnBehalfOfUnit(), c.getBody(), c.getCreatedAt(),
                c.getDisposition(), c.getDispositionReason(), c.getDisposedBy(), c.getAuthorId() == me,
                changedSince);
    }

    private static String flagged(ReviewSection s) {
        return s.getHeading() + (s.getRequirement() == null ? "" : " [" + s.getRequirement().name() + "]");
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ValidationException("review.error.not-utf8");
        }
    }
}
