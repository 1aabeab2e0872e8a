package no.samspill.referencegroup;

import org.jspecify.annotations.Nullable;

/**
 * A section of the version being read, with how it changed since the previous version and its thread counts (all,
 * without a disposition, those the reader wrote or replied in), counted in SQL.
 */
public record SectionRow(long id, int level, String number, String heading, @Nullable Requirement requirement,
        String body, SectionChange change, int comments, int undisposed, int mine) {

    /** Whether the section has threads that pass the filter (a changed section passes CHANGED whatever it holds). */
    public boolean matches(CommentFilter filter) {
        return switch (filter) {
            case ALL -> true;
            case CHANGED -> change != SectionChange.UNCHANGED;
            case MINE -> mine > 0;
            case UNDISPOSED -> undisposed > 0;
        };
    }
}
