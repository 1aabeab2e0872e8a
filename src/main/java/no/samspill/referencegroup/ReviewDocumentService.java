package no.samspill.referencegroup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final Clock clock;
    private final TenantTime time;

    ReviewDocumentService(ReviewAccess access, ReviewDocumentRepository documents, ReviewVersionRepository versions,
            ReviewSectionRepository sections, ReviewCommentRepository comments, AccessPolicy policy,
            AuditTrail audit, ReviewNews news, Clock clock, TenantTime time) {
        this.access = access;
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
        access.group(groupId);
        return documents.findByGroupIdOrderByCreatedAtDesc(groupId).stream().map(d -> access.readIfAllowed(d.id()))
                .flatMap(Optional::stream).map(this::summary).toList();
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
        return summary(access.read(document.id()));
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
        return summary(access.read(documentId));
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
        return summary(access.read(documentId));
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
        return summary(access.read(documentId));
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
        ReviewAccess.Reader reader = access.read(documentId);
        ReviewDocument document = reader.document();
        List<ReviewVersion> all = versions.findByDocumentIdOrderByNumber(documentId).stream().filter(reader::sees)
                .toList();
        int last = all.stream().mapToInt(ReviewVersion::getNumber).max().orElseThrow(NotFoundException::new);
        int viewed = versionNumber < 1 || versionNumber > last ? last : versionNumber;
        Map<Long, ReviewVersion> versionById = all.stream().collect(Collectors.toMap(ReviewVersion::id, v -> v));
        List<ReviewSection> allSections = sections.findByVersionIdIn(versionById.keySet());
        Map<Long, ReviewSection> sectionById = allSections.stream()
                .collect(Collectors.toMap(ReviewSection::id, s -> s));
        List<ReviewSection> current = byVersion(allSections, versionById, viewed);
        Map<String, ReviewSection> currentByNumber = current.stream()
                .collect(Collectors.toMap(ReviewSection::getNumber, s -> s));
        Map<String, ReviewSection> previous = byVersion(allSections, versionById, viewed - 1).stream()
                .collect(Collectors.toMap(ReviewSection::getNumber, s -> s));
        List<CommentRow> rows = visibleComments(reader).stream().filter(c -> sectionById.containsKey(c.getSectionId()))
                .filter(c -> present(versionById, present(sectionById, c.getSectionId()).getVersionId())
                        .getNumber() <= viewed)
                .map(c -> {
                    ReviewSection on = present(sectionById, c.getSectionId());
                    ReviewSection now = currentByNumber.get(on.getNumber());
                    return row(c, on, present(versionById, on.getVersionId()).getNumber(), reader.userId(),
                            now == null || !now.readsLike(on));
                }).toList();
        Map<String, Long> counts = rows.stream().filter(r -> !r.isReply())
                .collect(Collectors.groupingBy(CommentRow::sectionNumber, Collectors.counting()));
        List<SectionRow> sectionRows = current.stream().map(s -> new SectionRow(s.id(), s.getLevel(), s.getNumber(),
                s.getHeading(), s.getRequirement(), s.getBody(), change(previous.get(s.getNumber()), s, viewed),
                counts.getOrDefault(s.getNumber(), 0L).intValue())).toList();
        boolean open = access.state(document) == ReviewState.OPEN && viewed == document.getCurrentNumber();
        boolean member = reader.membership().isPresent();
        return new ReviewPage(summary(reader), viewed, all.stream().map(v -> new VersionInfo(v.getNumber(),
                v.getPublishedAt(), v.getPublishedBy(), v.getNote())).toList(), sectionRows, rows, open && member,
                open && (member || reader.lead()), reader.lead(), reader.former(),
                reader.membership().map(m -> unitName(m.getUnitId())).orElse(null));
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
            out.add(new SectionDiff(s.getNumber(), change(was, s, versionNumber),
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
        return documents.findByGroupIdIn(groupById.keySet()).stream()
                .filter(d -> access.state(d) == ReviewState.OPEN)
                .filter(d -> !comments.existsBySectionIdInAndAuthorIdAndParentIdIsNull(
                        sectionsOf(d, d.getCurrentNumber()).stream().map(ReviewSection::id).toList(), me))
                .sorted(Comparator.comparing(ReviewDocument::getClosesOn))
                .map(d -> new WaitingDocument(d.id(), d.getGroupId(), present(groupById, d.getGroupId()).getName(),
                        d.getTitle(), d.getClosesOn())).toList();
    }

    /** Comments visible to the reader, thread by thread in section order, for the comment log. */
    List<CommentRow> log(long documentId) {
        return page(documentId, Integer.MAX_VALUE).comments();
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

    private static List<ReviewSection> byVersion(List<ReviewSection> all, Map<Long, ReviewVersion> versions,
            int number) {
        return all.stream().filter(s -> present(versions, s.getVersionId()).getNumber() == number)
                .sorted(Comparator.comparingInt(ReviewSection::getPosition)).toList();
    }

    private List<ReviewComment> visibleComments(ReviewAccess.Reader reader) {
        List<ReviewComment> all = comments.findByDocumentIdOrderByCreatedAtAscIdAsc(reader.document().id());
        Set<Long> ownThreads = all.stream().filter(c -> c.getParentId() == null && c.getAuthorId() == reader.userId())
                .map(ReviewComment::id).collect(Collectors.toSet());
        return all.stream().filter(c -> reader.sees(c, ownThreads::contains)).toList();
    }

    static CommentRow row(ReviewComment c, ReviewSection on, int versionNumber, long me, boolean changedSince) {
        return new CommentRow(c.id(), c.getVersion(), on.getNumber(), on.getHeading(), versionNumber, c.getParentId(),
                c.getAuthorName(), c.getUnitName(), c.isOnBehalfOfUnit(), c.getBody(), c.getCreatedAt(),
                c.getDisposition(), c.getDispositionReason(), c.getDisposedBy(), c.getAuthorId() == me,
                changedSince);
    }

    private static SectionChange change(@Nullable ReviewSection before, ReviewSection after, int version) {
        if (version < 2) {
            return SectionChange.UNCHANGED;
        }
        return before == null ? SectionChange.ADDED
                : before.readsLike(after) ? SectionChange.UNCHANGED : SectionChange.CHANGED;
    }

    private static String flagged(ReviewSection s) {
        return s.getHeading() + (s.getRequirement() == null ? "" : " [" + s.getRequirement().name() + "]");
    }

    private @Nullable String unitName(@Nullable Long unitId) {
        return access.unitName(unitId);
    }

    private DocumentSummary summary(ReviewAccess.Reader reader) {
        ReviewDocument d = reader.document();
        List<ReviewComment> threads = visibleComments(reader).stream().filter(c -> c.getParentId() == null).toList();
        return new DocumentSummary(d.id(), d.getVersion(), d.getGroupId(), reader.group().getName(), d.getTitle(),
                d.getKind(), d.getOpensOn(), d.getClosesOn(), d.getCurrentNumber(), access.state(d), threads.size(),
                (int) threads.stream().filter(c -> c.getDisposition() == null).count());
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
