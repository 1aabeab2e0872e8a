package no.samspill.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.identity.Colleague;
import no.samspill.procurement.Category;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectFormOptions;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Demo procurement projects, modelled on the seeds (insulin pumps and CGM, telemedicine, ultrasound). */
@Component
class DemoProjects {

    record DemoProject(String tenantCode, String reference, String title, String description, Category category,
            String leadEmail, List<String> units, @Nullable BigDecimal value, Phase phase) {
    }

    static final List<DemoProject> PROJECTS = List.of(
            new DemoProject("helse-sor-ost", "2026/0142", "Insulinpumper og kontinuerlig glukosemåling (CGM)",
                    "Anskaffelse av insulinpumper, sensorer for kontinuerlig glukosemåling og tilhørende "
                            + "forbruksmateriell for barn og voksne med diabetes type 1. Markedsdialogen skal avklare "
                            + "integrasjon mellom pumpe og sensor, datadeling med journalsystemet og opplæring.",
                    Category.BHM, "innkjop@helse-sorost.demo", List.of("Oslo universitetssykehus HF",
                            "Akershus universitetssykehus HF", "Sykehuset Innlandet HF", "Vestre Viken HF"),
                    new BigDecimal("180000000"), Phase.MARKET_DIALOGUE),
            new DemoProject("helse-sor-ost", "2026/0097", "Telemedisinsk utstyr for hjemmeoppfølging",
                    "Utstyr og tjeneste for digital hjemmeoppfølging av pasienter med kols og hjertesvikt: "
                            + "målesett, nettbrett, responssenter og integrasjon mot pasientjournal.",
                    Category.MTU, "innkjop@helse-sorost.demo", List.of("Sørlandet sykehus HF",
                            "Sykehuset Telemark HF"), new BigDecimal("24000000"), Phase.NEEDS_ANALYSIS),
            new DemoProject("helse-sor-ost", "2025/0310", "Ultralydapparater til akuttmottak",
                    "Mobile ultralydapparater til akuttmottakene, med service og opplæring.",
                    Category.MTU, "innkjop@helse-sorost.demo", List.of("Sykehuset Østfold HF",
                            "Sykehuset i Vestfold HF"), new BigDecimal("9500000"), Phase.TENDER),
            new DemoProject("sykehusinnkjop", "2026/0021", "Nasjonal avtale for behandlingshjelpemidler",
                    "Nasjonal rammeavtale for behandlingshjelpemidler (BHM) til alle regionale helseforetak, "
                            + "forankret i produktrådet for BHM.",
                    Category.BHM, "admin@sykehusinnkjop.demo", List.of(), null, Phase.REQUIREMENT_SPECIFICATION),
            new DemoProject("region-midtjylland", "2026/0007", "Telemedicinsk hjemmemonitorering af KOL-patienter",
                    "Værdibaseret indkøb af udstyr og service til hjemmemonitorering af patienter med KOL.",
                    Category.MTU, "indkob@midtjylland.demo", List.of("Aarhus Universitetshospital",
                            "Regionshospitalet Gødstrup"), new BigDecimal("12000000"), Phase.MARKET_DIALOGUE));

    private final ProjectService projects;

    DemoProjects(ProjectService projects) {
        this.projects = projects;
    }

    /** Creates the project (as the tenant's system admin) unless it exists; returns 1 when created. */
    int seed(DemoProject d) {
        boolean exists = projects.search(new ProjectFilter(d.reference(), null, null), 0, 10).stream()
                .anyMatch(p -> p.reference().equals(d.reference()));
        if (exists) {
            return 0;
        }
        ProjectFormOptions options = projects.formOptions();
        Long lead = projects.leadOptions(d.leadEmail(), 0, 10).stream().filter(c -> c.email().equals(d.leadEmail()))
                .map(Colleague::userId).findFirst().orElse(null);
        Set<Long> units = options.units().stream().filter(u -> d.units().contains(u.name())).map(UnitSummary::id)
                .collect(Collectors.toSet());
        ProjectSummary project = projects.create(new ProjectForm(d.reference(), d.title(), d.description(),
                d.category(), lead, units, d.value()));
        while (project.phase() != d.phase()) {
            project = projects.advancePhase(project.id(), project.version(), "");
        }
        return 1;
    }
}
