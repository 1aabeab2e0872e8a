package no.samspill.referencegroup;

/** A run of words in a section diff: kept, added in the newer version, or removed from the older one. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        SAME, ADDED, REMOVED
    }
}
