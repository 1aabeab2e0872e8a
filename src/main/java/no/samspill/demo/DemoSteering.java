package no.samspill.demo;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import no.samspill.platform.Mandate;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PackageService;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRole;
import org.springframework.stereotype.Component;
import no.samspill.platform.i18n.Translator;

/**
 * Sykehusinnkjøp's steering group for BHM: it oversees the national BHM agreement (which therefore waits for the
 * approval of its needs analysis before the tender) and the BHM action plan, and its next meeting has two case papers, the portfolio
 * management case of seed 003 and the approval of the needs analysis (exempt), with a generated package.
 */
@Component
class DemoSteering {

    static final String GROUP = "Styringsgruppe behandlingshjelpemidler (BHM)";
    private static final String ADMIN = "admin@sykehusinnkjop.demo";
    private static final String SECRETARY = "innkjop@helse-sorost.demo";

    private final DemoActors actors;
    private final SteeringGroupService groups;
    private final CasePaperService papers;
    private final SteeringMeetingService meetings;
    private final PackageService packages;
    private final I18NProvider i18n;

    DemoSteering(DemoActors actors, SteeringGroupService groups, CasePaperService papers,
            SteeringMeetingService meetings, PackageService packages, I18NProvider i18n) {
        this.actors = actors;
        this.groups = groups;
        this.papers = papers;
        this.meetings = meetings;
        this.packages = packages;
        this.i18n = i18n;
    }

    int seed(long tenantId) {
        if (actors.as(ADMIN, tenantId, () -> groups.groups().stream().anyMatch(g -> g.name().equals(GROUP)))) {
            return 0;
        }
        SteeringGroupDetails group = actors.as(ADMIN, tenantId, () -> groups.create(GROUP, new Mandate(
                "Styringsgruppen følger de nasjonale anskaffelsene av behandlingshjelpemidler og fatter vedtak ved "
                        + "beslutningspunktene, blant annet godkjenning av behovsanalysen før konkurranse "
                        + "(handlingsplan BHM, tiltak B1.1).", "Styret i Sykehusinnkjøp HF", "Styret",
                LocalDate.of(2025, 12, 11), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))));
        long id = group.id();
        // nobody adds themselves: the admin adds the secretary, who adds the admin as chair
        actors.as(ADMIN, tenantId, () -> groups.addMember(id, colleague(SECRETARY), SteeringRole.SECRETARY,
                LocalDate.of(2026, 1, 1)));
        actors.as(SECRETARY, tenantId, () -> groups.addMember(id, colleague(ADMIN), SteeringRole.CHAIR,
                LocalDate.of(2026, 1, 1)));
        actors.as(ADMIN, tenantId, () -> {
            long project = groups.projectOptions("2026/0021", 0, 10).stream()
                    .filter(p -> p.reference().equals("2026/0021"))
                    .findFirst().orElseThrow().id();
            groups.planOptions().stream().filter(p -> p.title().equals(DemoActionPlan.TITLE)).findFirst()
                    .ifPresent(p -> groups.overseePlan(id, p.id()));
            return groups.oversee(id, project);
        });
        long projectId = actors.as(ADMIN, tenantId, () -> groups.details(id).projects().getFirst().projectId());
        actors.as(SECRETARY, tenantId, () -> {
            PaperView portfolio = papers.create(id, portfolio());
            PaperView needs = papers.create(id, needsAnalysis(projectId));
            MeetingDetails m = meetings.plan(id, LocalDateTime.of(2026, 12, 9, 10, 0)
                    .atZone(ZoneId.of("Europe/Oslo")).toInstant(), "Sykehusinnkjøp, Oslo, og Teams");
            meetings.placeOnAgenda(m.id(), portfolio.id());
            meetings.placeOnAgenda(m.id(), needs.id());
            return packages.generate(m.id(), Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key,
                    l, args)));
        });
        return 1;
    }

    private long colleague(String email) {
        return groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
    }

    /** Seed 003, shortened: the proposal for national portfolio management against a shared target picture. */
    static PaperForm portfolio() {
        return new PaperForm("RHF IKT/fagdirektørmøtet", "Helse Sør-Øst RHF", LocalDate.of(2026, 11, 20), false, "",
                "Forslag om etablering av nasjonal porteføljestyring i akuttmedisinsk kjede basert på felles målbilde",
                "Forslag om å etablere enhetlig porteføljestyring for akuttmedisinsk kjede, for å redusere "
                        + "ressursbruken og sikre at tiltakene understøtter utviklingen mot et felles målbilde.",
                "Behovet for enhetlig styring av porteføljen i akuttmedisinsk kjede har vært prosessert i flere "
                        + "omganger. Etter 2016 er det startet flere IKT-prosjekter med nasjonalt omfang (AMK IKT, "
                        + "P-EPJ, nytt nødnett), der prioritering og koordinering på tvers av regioner og kommuner "
                        + "løses på ulike måter.",
                "Meld. St. 9 Nasjonal helse- og samhandlingsplan 2024–2027 peker på en sammenhengende "
                        + "akuttmedisinsk kjede som en nøkkelfaktor.",
                "Utkast til modell er presentert for AMK IKT-prosjektet og det interregionale P-EPJ-prosjektet.",
                "Anbefalt modell: et porteføljestyre med IKT- og fagdirektørene som porteføljeeier, som styrer etter "
                        + "et vedtatt målbilde, og et porteføljekontor som sekretariat.",
                "Kostnaden dekkes gjennom finansieringsmodellen: to årsverk, delt mellom spesialist- og "
                        + "kommunehelsetjenesten.",
                "Tiltaket vurderes som positivt for omdømmet: bedre ressursutnyttelse og avklarte grensesnitt.",
                "Jevnlige avsjekkpunkt i IKT- og fagdirektørmøtet for å følge fremdrift og målbilde.",
                List.of("Styringsgruppen tar saken til orientering.",
                        "Innspill fra møtet arbeides inn i en sak til AD-møtet."), null, DecisionKind.OTHER);
    }

    private static PaperForm needsAnalysis(long projectId) {
        return new PaperForm("Styringsgruppe BHM", "Prosjektleder nasjonal avtale BHM", LocalDate.of(2026, 11, 27),
                true, "offentleglova § 23 første ledd",
                "Godkjenning av behovsanalysen for nasjonal avtale for behandlingshjelpemidler",
                "Behovsanalysen er ferdig behandlet i produktrådet for BHM og legges fram for godkjenning før "
                        + "konkurransen kunngjøres.",
                "Produktrådet har gått gjennom behovene fra alle regionale helseforetak.",
                "Saken er unntatt offentlighet fordi den omtaler anskaffelsesstrategi og estimert verdi før "
                        + "kunngjøring.",
                "Behovsanalysen har vært på høring i produktrådet og er justert etter innspillene.",
                "Behovsanalysen gir et godt grunnlag for kravspesifikasjonen.", "", "", "",
                List.of("Behovsanalysen for nasjonal avtale for behandlingshjelpemidler godkjennes.",
                        "Prosjektet kan gå videre til konkurranse når kravspesifikasjonen er ferdig."),
                projectId, DecisionKind.NEEDS_ANALYSIS_APPROVAL);
    }
}
