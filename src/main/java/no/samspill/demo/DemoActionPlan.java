package no.samspill.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ConferenceDetails;
import no.samspill.actionplan.ConferenceSummary;
import no.samspill.actionplan.EntryKind;
import no.samspill.actionplan.RoundTableService;
import no.samspill.actionplan.ItemForm;
import no.samspill.actionplan.ItemRow;
import no.samspill.actionplan.ItemStatus;
import no.samspill.actionplan.PlanFilter;
import no.samspill.actionplan.PlanSummary;
import no.samspill.actionplan.StatusUpdate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/** The action plan of seed 001 ("Status handlingsplan BHM") in Sykehusinnkjøp, with its real statuses and dates. */
@Component
class DemoActionPlan {

    static final String TITLE = "Handlingsplan BHM";
    private static final String NASJONALE = "Sykehusinnkjøp HF, divisjon nasjonale tjenester";

    record Item(String number, String title, String description, String measure, ItemStatus status,
            String statusText, @Nullable YearMonth expected, String responsible, @Nullable String dependsOn) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("A1.1", "Rundebordskonferanse nøkkelinteressenter",
                    "Arrangere en rundebordskonferanse med nøkkelinteressenter.",
                    "Gjennomgang av rapporten, læringspunkter og tiltak.", ItemStatus.DONE,
                    "Revisjonsrapport og handlingsplan er gjennomgått med Nasjonalt nettverk for behandlingshjelpemidler "
                            + "(NNB) 5. juni 2018. Rundebordskonferanse med nøkkelinteressenter ble avholdt 18. januar "
                            + "2019, med fagdirektører RHF, klinikere, BHM og Sykehusinnkjøp HF.", null, NASJONALE, null),
            new Item("A1.2", "Permanente tjenestekataloger",
                    "Utarbeide og implementere nye, permanente tjenestekataloger/samarbeidsavtaler mellom HFene og "
                            + "Sykehusinnkjøp HF.", "", ItemStatus.GREEN,
                    "Alle de geografiske divisjonene har midlertidige samarbeidsavtaler med RHF/HF. Permanente avtaler er "
                            + "en aktivitet i omstillingsprosjektet fase II, planlagt ferdig innen sommeren 2020.",
                    YearMonth.of(2020, 7), "Sykehusinnkjøp HF, omstillingsprosjekt fase II", null),
            new Item("A1.3", "Regionale produktråd BHM",
                    "Etablere regionale produktråd for kategori BHM i alle RHF, med et tydelig ledelsesforankret mandat. "
                            + "Hvert produktråd skal bestå av representanter fra alle berørte HF i foretaksgruppen.",
                    "", ItemStatus.DONE, "Det er innført krav om at produktråd/referansegrupper formaliseres i "
                            + "prosjektplanen. P.t. har Helse Sør-Øst etablert produktråd for BHM.", null,
                    "RHF-ene", null),
            new Item("A2.1", "Fagseminar – pasientens behov",
                    "Arrangere fagseminar for nøkkelinteressenter om kriterier for vurdering av pasientenes behov i "
                            + "anskaffelser.", "", ItemStatus.RED,
                    "Tiltaket er utsatt som følge av utsettelse av arbeidet med innkjøpsstrategi for BHM.", null,
                    NASJONALE, null),
            new Item("A2.2", "Kategoristrategi BHM",
                    "Utarbeide kategoristrategi for BHM: kriterier for pasientens behov, innovasjonstakt og "
                            + "standardisering av produkter.", "", ItemStatus.RED,
                    "Arbeidet med kategoristrategi BHM er utsatt i påvente av en overordnet plan for kategoristrategier.",
                    null, NASJONALE, null),
            new Item("A3.1", "Ny styringsgruppe BHM",
                    "Etablere styringsgruppe med medisinskfaglig kompetanse for kategori BHM, med et tydelig "
                            + "ledelsesforankret mandat.", "", ItemStatus.YELLOW,
                    "Forsinket. Avhengighet mot samarbeidsavtaler/tjenestekatalog.", YearMonth.of(2020, 7),
                    NASJONALE, "A1.2"),
            new Item("A4.1", "Analyse av kjøpsmønster HF",
                    "Utarbeide kvartalsvis analyse av kjøpsmønster på HF-nivå: kjøpsmønster, etterlevelse av "
                            + "avtaleforpliktelser og forslag til optimalisering.", "", ItemStatus.DONE,
                    "Forbruksstatistikk brytes ned på RHF/HF-nivå og presenteres kvartalsvis innenfor avtalen om "
                            + "insulinpumper og CGM.", null, NASJONALE, null),
            new Item("A4.2", "Metodikk for avtaleforvaltning BHM",
                    "Videreutvikle metodikk for avtaleforvaltning av BHM: avtalelojalitet, avviksbehandling, endringer "
                            + "og analyser.", "", ItemStatus.GREEN,
                    "Nye rutiner for avtaleforvaltning er besluttet og innfaset ultimo 2018.", YearMonth.of(2019, 11),
                    NASJONALE, null),
            new Item("B1.1", "Beslutningspunkt – behovsanalyse",
                    "For komplekse nasjonale prosjekter innføres et nytt beslutningspunkt for styringsgruppen: "
                            + "godkjenning av behovsanalyse.", "", ItemStatus.GREEN,
                    "Det er innført beslutningspunkt for behovsanalyse i alle nye nasjonale anskaffelser.",
                    YearMonth.of(2019, 11), NASJONALE, null),
            new Item("B1.2", "Prosjektgruppens mandat",
                    "Videreutvikle rutinen for prosjektoppstart slik at deltakerne forstår prosjektets og sitt eget "
                            + "mandat.", "", ItemStatus.GREEN,
                    "Referansegrupper etableres i de nasjonale anskaffelsene (se A1.3). RHF/HF har ennå ulik "
                            + "tilnærming til mandat for prosjektdeltakere.", YearMonth.of(2019, 11), NASJONALE, null),
            new Item("B1.3", "Videreutvikle prosjektmetodikk",
                    "Videreutvikle prosjektmetodikken for nasjonale anskaffelser etter beste praksis, f.eks. PRINCE2 og "
                            + "Prosjektveiviseren.", "", ItemStatus.GREEN,
                    "Opplæring i PRINCE2 fullført høsten 2017; elementer derfra er tatt i bruk.",
                    YearMonth.of(2019, 12), NASJONALE, null),
            new Item("B2.1", "Involvering av juridiske tjenester",
                    "Juridiske ressurser organiseres slik at de involveres tidlig i anskaffelsesprosjektene.", "",
                    ItemStatus.DONE, "Juridiske ressurser tilknyttes de mest komplekse prosjektene fra oppstart.",
                    null, NASJONALE, null),
            new Item("B2.2", "Interessenthåndtering BHM",
                    "Videreutvikle markedsdialog og interessenthåndtering i forkant av anskaffelsene innen BHM.", "",
                    ItemStatus.DONE, "Skriftlig markedsdialog i mindre komplekse anskaffelser; skriftlig og muntlig "
                            + "dialog med 1:1-møter i mer komplekse.", null, NASJONALE, null),
            new Item("B3.1", "Veiledning – bruk av avtaler BHM",
                    "Utarbeide rutine for informasjon og veiledning i bruk av innkjøpsavtaler innenfor BHM.", "",
                    ItemStatus.DONE, "Egne møter ved oppstart av avtaler. Veiledningsvideoer er ikke prioritert og "
                            + "utsettes.", null, NASJONALE, null));

    private final ActionPlanService plans;
    private final RoundTableService roundTables;

    DemoActionPlan(ActionPlanService plans, RoundTableService roundTables) {
        this.plans = plans;
        this.roundTables = roundTables;
    }

    int seed() {
        if (plans.plans().stream().anyMatch(p -> p.title().equals(TITLE))) {
            return 0;
        }
        PlanSummary plan = plans.createPlan(TITLE, "Oppfølging av konsernrevisjonens rapport om anskaffelser av "
                + "behandlingshjelpemidler (BHM). Vedlegg – Status handlingsplan BHM.");
        Map<String, Long> ids = new HashMap<>();
        // the decision point and the mandate items concern the national BHM agreement, which the steering group follows
        Long national = plans.projectOptions("2026/0021", 0, 10).stream()
                .filter(p -> p.label().startsWith("2026/0021 "))
                .map(p -> p.id()).findFirst().orElse(null);
        for (Item i : ITEMS) {
            Set<Long> deps = i.dependsOn() == null ? Set.of() : Set.of(ids.get(i.dependsOn()));
            Long project = i.number().startsWith("B1.") ? national : null;
            ItemRow row = plans.createItem(plan.id(), new ItemForm(i.number(), i.title(), i.description(),
                    i.measure(), i.responsible(), project, deps), new StatusUpdate(i.status(), i.statusText(),
                    i.expected()));
            ids.put(i.number(), row.id());
        }
        conference(ids);
        return plans.items(plan.id(), PlanFilter.ALL).size() + 1;
    }

    /** The round-table conference of 18 January 2019 that the plan came from (seed 001, item A1.1). */
    private void conference(Map<String, Long> items) {
        ConferenceSummary c = roundTables.create("Rundebordskonferanse om anskaffelser av behandlingshjelpemidler",
                LocalDate.of(2019, 1, 18), "Oslo", "Gjennomgang av konsernrevisjonens rapport om anskaffelser av "
                        + "behandlingshjelpemidler (BHM): læringspunkter og tiltak.");
        roundTables.addParticipant(c.id(), null, "Fagdirektører", "RHF-ene");
        roundTables.addParticipant(c.id(), null, "Klinikere", "Helseforetakene");
        roundTables.addParticipant(c.id(), null, "Fagmiljø for behandlingshjelpemidler", "BHM");
        roundTables.colleagueOptions().stream().filter(p -> p.email().equals("admin@sykehusinnkjop.demo"))
                .findFirst().ifPresent(p -> roundTables.addParticipant(c.id(), p.userId(), "", "Sykehusinnkjøp HF"));
        for (String agenda : List.of("Gjennomgang av rapporten", "Læringspunkter", "Tiltak")) {
            roundTables.addEntry(c.id(), EntryKind.AGENDA, agenda);
        }
        roundTables.addEntry(c.id(), EntryKind.LEARNING, "Klinikere og brukere må involveres før kravspesifikasjonen "
                + "skrives, ikke etter.");
        roundTables.addEntry(c.id(), EntryKind.LEARNING, "Produktråd og styringsgrupper trenger et mandat som er "
                + "forankret i ledelsen.");
        List<ConferenceDetails.Entry> actions = List.of(
                add(c.id(), "Etablere regionale produktråd for BHM i alle RHF"),
                add(c.id(), "Etablere en ny styringsgruppe for BHM med medisinskfaglig kompetanse"),
                add(c.id(), "Vurdere et fagseminar om kriterier for pasientens behov"));
        roundTables.linkToItem(actions.get(0).id(), actions.get(0).version(), present(items, "A1.3"));
        roundTables.linkToItem(actions.get(1).id(), actions.get(1).version(), present(items, "A3.1"));
        roundTables.linkToItem(actions.get(2).id(), actions.get(2).version(), present(items, "A2.1"));
    }

    private ConferenceDetails.Entry add(long conferenceId, String action) {
        return roundTables.addEntry(conferenceId, EntryKind.ACTION, action).entries().stream()
                .filter(e -> e.text().equals(action)).findFirst().orElseThrow();
    }
}
