package no.samspill.referencegroup;

import java.util.List;

/** A section compared with its namesake in the previous version, word by word (heading and body). */
public record SectionDiff(String number, SectionChange change, List<DiffSegment> heading, List<DiffSegment> body,
        boolean removed) {
}
