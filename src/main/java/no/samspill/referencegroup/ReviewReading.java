package no.samspill.referencegroup;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.referencegroup.domain.ReviewComment;
import no.samspill.referencegroup.domain.ReviewCommentRepository;
import no.samspill.referencegroup.domain.ReviewDocument;
import no.samspill.referencegroup.domain.ReviewSection;
import no.samspill.referencegroup.domain.ReviewSectionRepository;
import no.samspill.referencegroup.domain.ReviewVersion;
import no.samspill.referencegroup.domain.ReviewVersionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * Reading a document under review at scale: a document may hold a hundred thousand comments, so the screen gets
 * counts from grouped queries and a section's threads page by page, with the reader's access in the WHERE clause (a
 * former member only their own threads). Only the comment log, an export, reads every comment.
 */
@Component
class ReviewReading {

    /** Threads per page of the comment panel. */
    static final int PAGE = 20;

    private final ReviewAccess access;
    private final ReviewVersionRepository versions;
    private final ReviewSectionRepository sections;
    private final ReviewCommentRepository comments;

    ReviewReading(ReviewAccess access, ReviewVersionRepository versions, ReviewSectionRepository sections,
            ReviewCommentRepository comments) {
        this.access = access;
        this.versions = versions;
        this.sections = sections;
        this.comments = comments;
    }

    /** The versions a reader may see, their sections, and the version being viewed. */
    private record Text(Map<Long, ReviewVersion> versionById, List<ReviewSection> all, int viewed) {

        int numberOf(ReviewSection s) {
            return present(versionById, s.getVersionId()).getNumber();
        }

        List<ReviewSection> of(int number) {
            return all.stream().filter(s -> numberOf(s) == number)
                    .sorted(Comparator.comparingInt(ReviewSection::getPosition)).toList();
        }

        /** The sections, in this and earlier versions, whose threads show under the section number. */
        List<Long> upTo(String sectionNumber) {
            return all.stream().filter(s -> s.getNumber().equals(sectionNumber) && numberOf(s) <= viewed)
                    .map(ReviewSection::id).toList();
        }

        Map<Long, ReviewSection> byId() {
            return all.stream().collect(Collectors.toMap(ReviewSection::id, Function.identity()));
        }
    }

    private Text text(ReviewAccess.Reader reader, int versionNumber) {
        List<ReviewVersion> seen = versions.findByDocumentIdOrderByNumber(reader.document().id()).stream()
                .filter(reader::sees).toList();
        int last = seen.stream().mapToInt(ReviewVersion::getNumber).max().orElseThrow(NotFoundException::new);
        Map<Long, ReviewVersion> byId = seen.stream().collect(Collectors.toMap(ReviewVersion::id, v -> v));
        return new Text(byId, sections.findByVersionIdIn(byId.keySet()),
                versionNumber < 1 || versionNumber > last ? last : versionNumber);
    }

    ReviewPage page(long documentId, int versionNumber) {
        ReviewAccess.Reader reader = access.read(documentId);
        ReviewDocument document = reader.document();
        Text text = text(reader, versionNumber);
        int viewed = text.viewed();
        Map<Long, ReviewSection> byId = text.byId();
        List<ReviewSection> current = text.of(viewed);
        Map<String, ReviewSection> previous = text.of(viewed - 1).stream()
                .collect(Collectors.toMap(ReviewSection::getNumber, s -> s));
        Map<String, int[]> counts = new HashMap<>();
        int threads = 0;
        int undisposed = 0;
        for (Object[] row : comments.threadCounts(documentId, reader.former(), reader.userId())) {
            int n = ((Number) row[1]).intValue();
            int open = row[2] == null ? 0 : ((Number) row[2]).intValue();
            threads += n;
            undisposed += open;
            ReviewSection on = byId.get((Long) row[0]);
            if (on != null && text.numberOf(on) <= viewed) {
                int[] c = counts.computeIfAbsent(on.getNumber(), k -> new int[3]);
                c[0] += n;
                c[1] += open;
            }
        }
        for (Object[] row : comments.mineCounts(documentId, reader.userId())) {
            ReviewSection on = byId.get((Long) row[0]);
            if (on != null && text.numberOf(on) <= viewed) {
                counts.computeIfAbsent(on.getNumber(), k -> new int[3])[2] += ((Number) row[1]).intValue();
            }
        }
        List<SectionRow> rows = current.stream().map(s -> {
            int[] c = counts.getOrDefault(s.getNumber(), new int[3]);
            return new SectionRow(s.id(), s.getLevel(), s.getNumber(), s.getHeading(), s.getRequirement(),
                    s.getBody(), change(previous.get(s.getNumber()), s, viewed), c[0], c[1], c[2]);
        }).toList();
        boolean open = access.state(document) == ReviewState.OPEN && viewed == document.getCurrentNumber();
        boolean member = reader.membership().isPresent();
        CommentThreads opening = current.isEmpty() ? CommentThreads.none("")
                : threads(reader, text, current.getFirst().getNumber(), CommentFilter.ALL, 0, PAGE);
        return new ReviewPage(summary(reader, threads, undisposed), viewed, text.versionById().values().stream()
                .sorted(Comparator.comparingInt(ReviewVersion::getNumber)).map(v -> new VersionInfo(v.getNumber(),
                        v.getPublishedAt(), v.getPublishedBy(), v.getNote())).toList(), rows, opening, open && member,
                open && (member || reader.lead()), reader.lead(), reader.former(),
                reader.membership().map(m -> access.unitName(m.getUnitId())).orElse(null));
    }

    CommentThreads threads(long documentId, int versionNumber, String sectionNumber, CommentFilter filter,
            int offset, int limit) {
        ReviewAccess.Reader reader = access.read(documentId);
        return threads(reader, text(reader, versionNumber), sectionNumber, filter, offset, limit);
    }

    private CommentThreads threads(ReviewAccess.Reader reader, Text text, String sectionNumber,
            CommentFilter filter, int offset, int limit) {
        List<Long> on = text.upTo(sectionNumber);
        if (on.isEmpty()) {
            return CommentThreads.none(sectionNumber);
        }
        boolean mine = filter == CommentFilter.MINE;
        boolean undisposed = filter == CommentFilter.UNDISPOSED;
        // one row more than the page tells whether more follow, without a count
        List<ReviewComment> fetched = comments.threads(on, reader.former(), mine, undisposed, reader.userId(),
                OffsetLimit.of(offset, limit + 1, Sort.unsorted()));
        List<ReviewComment> page = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        // one statement whatever the page holds (an id no row has when it is empty): the cost stays flat
        List<ReviewComment> replies = comments.findByParentIdInOrderByCreatedAtAscIdAsc(page.isEmpty()
                ? List.of(0L) : page.stream().map(ReviewComment::id).toList());
        Map<Long, ReviewSection> byId = text.byId();
        Map<String, ReviewSection> now = text.of(text.viewed()).stream()
                .collect(Collectors.toMap(ReviewSection::getNumber, s -> s));
        Function<ReviewComment, CommentRow> row = c -> {
            ReviewSection section = present(byId, c.getSectionId());
            ReviewSection current = now.get(section.getNumber());
            return ReviewDocumentService.row(c, section, text.numberOf(section), reader.userId(),
                    current == null || !current.readsLike(section));
        };
        return new CommentThreads(sectionNumber, page.stream().map(row).toList(),
                replies.stream().filter(r -> byId.containsKey(r.getSectionId())).map(row).toList(),
                fetched.size() > limit);
    }

    /** Every comment the reader may see up to the version, thread by thread in section order: the comment log. */
    List<CommentRow> all(long documentId, int versionNumber) {
        ReviewAccess.Reader reader = access.read(documentId);
        Text text = text(reader, versionNumber);
        Map<Long, ReviewSection> byId = text.byId();
        Map<String, ReviewSection> now = text.of(text.viewed()).stream()
                .collect(Collectors.toMap(ReviewSection::getNumber, s -> s));
        List<ReviewComment> every = comments.findByDocumentIdOrderByCreatedAtAscIdAsc(documentId);
        Set<Long> ownThreads = every.stream().filter(c -> c.getParentId() == null
                && c.getAuthorId() == reader.userId()).map(ReviewComment::id).collect(Collectors.toSet());
        return every.stream().filter(c -> reader.sees(c, ownThreads::contains))
                .filter(c -> byId.containsKey(c.getSectionId()))
                .filter(c -> text.numberOf(present(byId, c.getSectionId())) <= text.viewed()).map(c -> {
                    ReviewSection section = present(byId, c.getSectionId());
                    ReviewSection current = now.get(section.getNumber());
                    return ReviewDocumentService.row(c, section, text.numberOf(section), reader.userId(),
                            current == null || !current.readsLike(section));
                }).toList();
    }

    /** The document's summary, its thread counts in one grouped query. */
    DocumentSummary summary(ReviewAccess.Reader reader) {
        int threads = 0;
        int undisposed = 0;
        for (Object[] row : comments.threadCounts(reader.document().id(), reader.former(), reader.userId())) {
            threads += ((Number) row[1]).intValue();
            undisposed += row[2] == null ? 0 : ((Number) row[2]).intValue();
        }
        return summary(reader, threads, undisposed);
    }

    private DocumentSummary summary(ReviewAccess.Reader reader, int threads, int undisposed) {
        ReviewDocument d = reader.document();
        return new DocumentSummary(d.id(), d.getVersion(), d.getGroupId(), reader.group().getName(), d.getTitle(),
                d.getKind(), d.getOpensOn(), d.getClosesOn(), d.getCurrentNumber(), access.state(d), threads,
                undisposed);
    }

    /** Thread counts of several documents: id to {threads, without a disposition}. */
    Map<Long, int[]> counts(Collection<Long> documentIds, boolean own, long me) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return comments.documentCounts(documentIds, own, me).stream().collect(Collectors.toMap(r -> (Long) r[0],
                r -> new int[] {((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue()}));
    }

    static SectionChange change(@Nullable ReviewSection before, ReviewSection after, int version) {
        if (version < 2) {
            return SectionChange.UNCHANGED;
        }
        return before == null ? SectionChange.ADDED
                : before.readsLike(after) ? SectionChange.UNCHANGED : SectionChange.CHANGED;
    }
}
