package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.List;

/** The roadmap: the time axis from the first start to the last end (whole years), and one bar per initiative. */
public record Roadmap(LocalDate from, LocalDate to, List<RoadmapBar> bars) {

    public Roadmap {
        bars = List.copyOf(bars);
    }
}
