package no.samspill.referencegroup;

import java.util.List;

/**
 * One page of a section's threads as the reader may see them, with the replies of those threads, and whether more
 * threads follow (so the screen can offer to load them; the section's counts say how many there are).
 */
public record CommentThreads(String sectionNumber, List<CommentRow> threads, List<CommentRow> replies, boolean more) {

    public CommentThreads {
        threads = List.copyOf(threads);
        replies = List.copyOf(replies);
    }

    public static CommentThreads none(String sectionNumber) {
        return new CommentThreads(sectionNumber, List.of(), List.of(), false);
    }
}
