package no.samspill.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import no.samspill.impartiality.AnswerInput;
import no.samspill.impartiality.Decision;
import no.samspill.impartiality.DeclarationForm;
import no.samspill.impartiality.DeclarationInput;
import no.samspill.impartiality.DeclarationService;
import no.samspill.impartiality.RegisterRow;
import no.samspill.impartiality.RegisterService;
import no.samspill.impartiality.SupplierAnswer;
import no.samspill.impartiality.TieKind;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Impartiality declarations on 2026/0142 (insulin pumps): the lead opens the register; the lead and three
 * reference-group members sign (and the tenant's admin, who reads the answers too); Jonas declares earlier employment at Medtronic, which the lead decides is not a
 * disqualification; Per (Sørlandet) has not declared and meets the gate at the review document.
 */
@Component
class DemoImpartiality {

    private static final String LEAD = "innkjop@helse-sorost.demo";
    private static final String ADMIN = "admin@helse-sorost.demo";
    private static final String KARI = "klinikker@helse-sorost.demo";
    private static final String JONAS = "klinikker.ahus@helse-sorost.demo";
    private static final String MARIT = "klinikker.innlandet@helse-sorost.demo";
    private static final Locale NB = Locale.of("nb");

    private final ProjectService projects;
    private final RegisterService registers;
    private final DeclarationService declarations;
    private final DemoActors actors;

    DemoImpartiality(ProjectService projects, RegisterService registers, DeclarationService declarations,
            DemoActors actors) {
        this.projects = projects;
        this.registers = registers;
        this.declarations = declarations;
        this.actors = actors;
    }

    int seed(long tenantId) {
        long projectId = as(LEAD, tenantId, () -> projects.search(new ProjectFilter("2026/0142", null, null), 0, 1)
                .getFirst().id());
        if (as(LEAD, tenantId, () -> registers.register(projectId).open())) {
            return 0;
        }
        as(LEAD, tenantId, () -> registers.open(projectId));
        sign(LEAD, tenantId, projectId, null);
        // the tenant's admin reads the dialogue's answers too, so is gated like everyone on the buyer side (ADR 021)
        sign(ADMIN, tenantId, projectId, null);
        sign(KARI, tenantId, projectId, null);
        sign(MARIT, tenantId, projectId, null);
        sign(JONAS, tenantId, projectId, "Medtronic");
        as(LEAD, tenantId, () -> {
            RegisterRow jonas = registers.register(projectId).rows().stream()
                    .filter(r -> !r.tiedSuppliers().isEmpty()).findFirst().orElseThrow();
            return registers.decide(jonas.declarationId() == null ? 0 : jonas.declarationId(),
                    jonas.declarationVersion(), Decision.NOT_DISQUALIFIED,
                    "Ansettelsen hos Medtronic endte i mai 2023, mer enn to år før markedsdialogen, og Jonas "
                            + "hadde ingen rolle i salg eller anbud. Han har ingen økonomiske interesser i "
                            + "selskapet. Ikke inhabil etter forvaltningsloven § 6 annet ledd.", Set.of());
        });
        return 1;
    }

    /** Signs as the person: no ties with any, or an employment tie to the named supplier. */
    private void sign(String email, long tenantId, long projectId, @Nullable String tiedTo) {
        as(email, tenantId, () -> {
            DeclarationForm form = declarations.form(projectId, NB);
            List<AnswerInput> answers = new ArrayList<>();
            for (SupplierAnswer s : form.suppliers()) {
                answers.add(tiedTo != null && s.supplierName().startsWith(tiedTo)
                        ? new AnswerInput(s.supplierTenantId(), Set.of(TieKind.EMPLOYMENT),
                                "Klinisk spesialist hos Medtronic Norge AS 2021–2023 (opplæring i insulinpumper).")
                        : AnswerInput.noTie(s.supplierTenantId()));
            }
            return declarations.sign(projectId, new DeclarationInput(form.declarantUserId(), form.template().id(),
                    true, tiedTo == null, tiedTo == null ? List.of() : answers, "", true), NB);
        });
    }

    private <T> T as(String email, long tenantId, Supplier<T> work) {
        return actors.as(email, tenantId, work);
    }
}
