package no.samspill.referencegroup;

import org.jspecify.annotations.Nullable;

/** A section of the version being read, with how it changed since the previous version and its comment count. */
public record SectionRow(long id, int level, String number, String heading, @Nullable Requirement requirement,
        String body, SectionChange change, int comments) {
}
