package no.samspill.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The facts of an initiative the office corrects; its owner tenant and linked project stay as created. */
public record InitiativeChange(String name, String contact, LocalDate start, LocalDate end,
        @Nullable BigDecimal budget) {
}
