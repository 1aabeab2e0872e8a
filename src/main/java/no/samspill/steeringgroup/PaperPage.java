package no.samspill.steeringgroup;

import java.util.List;

/** The first page of a group's papers and how many it has: its list draws them without asking again. */
public record PaperPage(List<PaperSummary> first, long total) {

    public PaperPage {
        first = List.copyOf(first);
    }
}
