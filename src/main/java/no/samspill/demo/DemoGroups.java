package no.samspill.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.identity.Colleague;
import no.samspill.procurement.Category;
import no.samspill.referencegroup.Candidate;
import no.samspill.referencegroup.GroupDetails;
import no.samspill.referencegroup.GroupForm;
import no.samspill.referencegroup.GroupKind;
import no.samspill.referencegroup.GroupRole;
import no.samspill.referencegroup.GroupService;
import no.samspill.platform.Mandate;
import no.samspill.referencegroup.MeetingRow;
import no.samspill.referencegroup.GroupMeetingService;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * Helse Sør-Øst's product council for BHM (seed 001, item A1.3: "every council has representatives of all affected
 * HF") and a reference group for the insulin pump procurement, each with a gap so the representation check shows.
 */
@Component
class DemoGroups {

    static final String COUNCIL = "Produktråd behandlingshjelpemidler (BHM)";
    static final String REFERENCE = "Referansegruppe insulinpumper og CGM";
    static final String NATIONAL = "Nasjonalt produktråd for behandlingshjelpemidler";

    private final GroupService groups;
    private final GroupMeetingService meetings;

    DemoGroups(GroupService groups, GroupMeetingService meetings) {
        this.groups = groups;
        this.meetings = meetings;
    }

    int seed() {
        if (groups.groups(COUNCIL, 0, 10).stream().anyMatch(g -> g.name().equals(COUNCIL))) {
            return 0;
        }
        Map<String, Long> people = groups.memberOptions().stream()
                .collect(Collectors.toMap(Colleague::email, Colleague::userId));
        Map<String, Long> units = groups.unitOptions().stream()
                .collect(Collectors.toMap(UnitSummary::name, UnitSummary::id, (a, b) -> a));
        GroupDetails council = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, COUNCIL, null, Category.BHM,
                true, new Mandate("Produktrådet gir faglige råd i alle anskaffelser av behandlingshjelpemidler i "
                        + "foretaksgruppen: behovsavklaring, kravspesifikasjon og evaluering. Rådet skal ha "
                        + "representanter fra alle berørte helseforetak.", "Fagdirektørmøtet i Helse Sør-Øst",
                        "Fagdirektører", LocalDate.of(2019, 6, 12), LocalDate.of(2019, 9, 1), null)));
        Function<String, Long> unit = name -> present(units, name);
        add(council, present(people, "klinikker@helse-sorost.demo"), unit.apply("Oslo universitetssykehus HF"),
                GroupRole.CHAIR, LocalDate.of(2019, 9, 1));
        add(council, present(people, "klinikker.ahus@helse-sorost.demo"), unit.apply("Akershus universitetssykehus HF"),
                GroupRole.MEMBER, LocalDate.of(2019, 9, 1));
        add(council, present(people, "klinikker.innlandet@helse-sorost.demo"), unit.apply("Sykehuset Innlandet HF"),
                GroupRole.MEMBER, LocalDate.of(2020, 2, 1));
        add(council, present(people, "klinikker.sshf@helse-sorost.demo"), unit.apply("Sørlandet sykehus HF"),
                GroupRole.MEMBER, LocalDate.of(2020, 2, 1));
        add(council, present(people, "innkjop@helse-sorost.demo"), null, GroupRole.SECRETARY, LocalDate.of(2019, 9, 1));
        MeetingRow first = meetings.plan(council.id(), LocalDate.of(2026, 10, 14), "Oppstartsmøte høsten 2026",
                "1. Mandat og sammensetning\n2. Status nasjonal avtale for BHM\n3. Representasjon fra alle HF");
        meetings.record(first.id(), first.version(), "Rådet gikk gjennom mandatet. Sykehuset Østfold, Vestre Viken, "
                + "Vestfold og Telemark mangler representant; sekretæren ber fagdirektørene om navn innen 1. desember.",
                Set.of(present(people, "klinikker@helse-sorost.demo"),
                        present(people, "klinikker.ahus@helse-sorost.demo"),
                        present(people, "innkjop@helse-sorost.demo")));
        meetings.plan(council.id(), LocalDate.of(2027, 1, 20), "Innspill til kravspesifikasjon",
                "1. Gjennomgang av behovsanalysen\n2. Fordeling av kapitler");
        long projectId = groups.projectOptions("2026/0142", 0, 10).stream().filter(p -> p.reference().equals("2026/0142"))
                .findFirst().orElseThrow().id();
        GroupDetails reference = groups.create(new GroupForm(GroupKind.REFERENCE_GROUP, REFERENCE, projectId, null,
                false, new Mandate("Referansegruppen gir råd om behov, krav og evaluering i anskaffelsen av "
                        + "insulinpumper og CGM, fra behovsanalyse til kontraktsignering.", "Lars Hansen",
                        "Prosjektleder", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
                        LocalDate.of(2027, 6, 30))));
        add(reference, present(people, "klinikker@helse-sorost.demo"), unit.apply("Oslo universitetssykehus HF"),
                GroupRole.CHAIR, LocalDate.of(2026, 3, 2));
        add(reference, present(people, "klinikker.ahus@helse-sorost.demo"),
                unit.apply("Akershus universitetssykehus HF"),
                GroupRole.MEMBER, LocalDate.of(2026, 3, 2));
        add(reference, present(people, "klinikker.innlandet@helse-sorost.demo"), unit.apply("Sykehuset Innlandet HF"),
                GroupRole.MEMBER, LocalDate.of(2026, 3, 2));
        // joined later and has not signed the impartiality declaration yet: meets the gate (DemoImpartiality)
        add(reference, present(people, "klinikker.sshf@helse-sorost.demo"), unit.apply("Sørlandet sykehus HF"),
                GroupRole.MEMBER, LocalDate.of(2026, 9, 1));
        return 2;
    }

    /**
     * Sykehusinnkjøp's national council invites Helse Sør-Øst, and two of its clinicians join: they see the council
     * from their own region, while the region's other health trusts show as the gap.
     */
    int seedNational(long regionTenantId) {
        if (groups.groups(NATIONAL, 0, 10).stream().anyMatch(g -> g.name().equals(NATIONAL))) {
            return 0;
        }
        GroupDetails council = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, NATIONAL, null, Category.BHM,
                true, new Mandate("Det nasjonale produktrådet gir råd om nasjonale avtaler for "
                        + "behandlingshjelpemidler, med representanter fra de regionale helseforetakene.",
                        "Styret i Sykehusinnkjøp HF", "Styret", LocalDate.of(2025, 11, 20),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))));
        groups.inviteTenant(council.id(), regionTenantId);
        Map<String, Candidate> people = groups.candidates(council.id(), "", 0, 1000).stream()
                .collect(Collectors.toMap(Candidate::email, c -> c, (a, b) -> a));
        Map<String, Long> units = groups.unitOptions(council.id(), regionTenantId).stream()
                .collect(Collectors.toMap(UnitSummary::name, UnitSummary::id, (a, b) -> a));
        add(council, present(people, "klinikker@helse-sorost.demo").userId(),
                present(units, "Oslo universitetssykehus HF"),
                GroupRole.CHAIR, LocalDate.of(2026, 1, 15));
        add(council, present(people, "klinikker.sshf@helse-sorost.demo").userId(),
                present(units, "Sørlandet sykehus HF"),
                GroupRole.MEMBER, LocalDate.of(2026, 1, 15));
        add(council, present(people, "admin@sykehusinnkjop.demo").userId(), null, GroupRole.SECRETARY,
                LocalDate.of(2026, 1, 15));
        return 1;
    }

    private void add(GroupDetails group, Long userId, @Nullable Long unitId, GroupRole role, LocalDate joined) {
        groups.addMember(group.id(), userId, unitId, role, joined);
    }
}
