package no.samspill.actionplan;

import java.time.LocalDate;

public record ConferenceSummary(long id, String title, LocalDate heldOn, String place, String topic) {
}
