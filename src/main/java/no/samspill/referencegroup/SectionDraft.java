package no.samspill.referencegroup;

import org.jspecify.annotations.Nullable;

/** A section read from Markdown, before it is published: heading level, number, heading, flag and body text. */
public record SectionDraft(int level, String number, String heading, @Nullable Requirement requirement,
        String body) {
}
