package no.samspill.referencegroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.procurement.ProjectFacts;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupRepository;
import no.samspill.referencegroup.domain.ReviewComment;
import no.samspill.referencegroup.domain.ReviewCommentRepository;
import no.samspill.referencegroup.domain.ReviewDocument;
import no.samspill.referencegroup.domain.ReviewDocumentRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Review figures of a project for steering papers: per document, the comments by disposition. */
@Component
class ReviewFacts implements ProjectFacts {

    private final RefGroupRepository groups;
    private final ReviewDocumentRepository documents;
    private final ReviewCommentRepository comments;

    ReviewFacts(RefGroupRepository groups, ReviewDocumentRepository documents, ReviewCommentRepository comments) {
        this.groups = groups;
        this.documents = documents;
        this.comments = comments;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Facts facts(long projectId, @Nullable Instant since) {
        List<Fact> out = new ArrayList<>();
        for (RefGroup g : groups.findByProjectIdOrderByName(projectId)) {
            for (ReviewDocument d : documents.findByGroupIdOrderByCreatedAtDesc(g.id())) {
                List<ReviewComment> threads = comments.findByDocumentIdOrderByCreatedAtAscIdAsc(d.id()).stream()
                        .filter(c -> c.getParentId() == null).toList();
                out.add(new Fact("facts.review", List.of(d.getTitle(), d.getCurrentNumber(), threads.size(),
                        count(threads, Disposition.ACCEPTED), count(threads, Disposition.PARTLY_ACCEPTED),
                        count(threads, Disposition.REJECTED), count(threads, Disposition.NOTED),
                        count(threads, null))));
            }
        }
        return new Facts(out, List.of());
    }

    private static long count(List<ReviewComment> threads, @Nullable Disposition d) {
        return threads.stream().filter(c -> c.getDisposition() == d).count();
    }
}
