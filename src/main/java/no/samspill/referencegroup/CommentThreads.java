package no.samspill.referencegroup;

import java.util.List;

/**
 * One page of a section's threads as the reader may see them, with the replies of those threads, and how many
 * threads pass the filter in all (so the screen can offer to load more).
 */
public record CommentThreads(String sectionNumber, List<CommentRow> threads, List<CommentRow> replies, long total) {

    public CommentThreads {
        threads = List.copyOf(threads);
        replies = List.copyOf(replies);
    }

    public static CommentThreads none(String sectionNumber) {
        return new CommentThreads(sectionNumber, List.of(), List.of(), 0);
    }

    public boolean hasMore(int shown) {
        return shown < total;
    }
}
