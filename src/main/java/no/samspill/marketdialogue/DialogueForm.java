package no.samspill.marketdialogue;

import java.time.LocalDateTime;

/** The dialogue's description; the deadline is given in the buyer tenant's own time zone. */
public record DialogueForm(String title, String introduction, LocalDateTime deadline, AccessMode accessMode) {
}
