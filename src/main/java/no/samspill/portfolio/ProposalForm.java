package no.samspill.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an owner tenant proposes: the initiative's name, contact, period and budget; the proposer's tenant owns it. */
public record ProposalForm(String name, String contact, @Nullable LocalDate start, @Nullable LocalDate end,
        @Nullable BigDecimal budget) {
}
