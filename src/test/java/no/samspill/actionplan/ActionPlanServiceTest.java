package no.samspill.actionplan;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.audit.AuditRow;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ActionPlanServiceTest {

    @Autowired
    ActionPlanService plans;
    @Autowired
    SamspillI18NProvider i18n;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLogService audit;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_seed_plan_is_there_in_number_order_with_overdue_and_blocked_items() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary bhm = bhm();
        List<ItemRow> items = plans.items(bhm.id(), PlanFilter.ALL);
        assertThat(items).extracting(i -> i.number().toString()).containsExactly("A1.1", "A1.2", "A1.3", "A2.1",
                "A2.2", "A3.1", "A4.1", "A4.2", "B1.1", "B1.2", "B1.3", "B2.1", "B2.2", "B3.1");
        ItemRow a31 = items.get(5);
        assertThat(a31.dependsOn()).containsExactly("A1.2");
        assertThat(a31.blocked()).isTrue();
        assertThat(a31.overdue()).isTrue();
        assertThat(items.getFirst().overdue()).isFalse();
        assertThat(bhm.counts()).containsEntry(ItemStatus.DONE, 6L).containsEntry(ItemStatus.RED, 2L);
        assertThat(plans.items(bhm.id(), new PlanFilter(Set.of(ItemStatus.RED), "", false, null)))
                .extracting(i -> i.number().toString()).containsExactly("A2.1", "A2.2");
    }

    @Test
    void numbers_are_given_in_order_kept_stable_and_never_given_twice() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ItemRow first = create(plan, "A1");
        ItemRow second = create(plan, "A1");
        ItemRow tenth = create(plan, "A1.10");
        create(plan, "B2");
        assertThat(first.number().toString()).isEqualTo("A1.1");
        assertThat(second.number().toString()).isEqualTo("A1.2");
        assertThat(plans.items(plan.id(), PlanFilter.ALL)).extracting(i -> i.number().toString())
                .containsExactly("A1.1", "A1.2", "A1.10", "B2.1");
        assertThat(create(plan, "A1").number().toString()).isEqualTo("A1.11");
        assertThatThrownBy(() -> create(plan, "A1.2")).hasMessageContaining("item.error.number-taken");
        assertThatThrownBy(() -> create(plan, "1.2")).hasMessageContaining("item.error.number");
        assertThat(tenth.number()).isEqualTo(ItemNumber.parse("a1.10"));
    }

    @Test
    void status_updates_are_kept_as_history_and_show_in_changed_since() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ItemRow item = create(plan, "A1");
        ItemRow untouched = create(plan, "A1");
        ItemRow yellow = plans.updateStatus(item.id(), item.version(), new StatusUpdate(ItemStatus.YELLOW,
                "Forsinket av ferieavvikling", YearMonth.now().plusMonths(2)));
        plans.updateStatus(item.id(), yellow.version(), new StatusUpdate(ItemStatus.DONE, "Ferdig", null));
        assertThat(plans.history(item.id())).extracting(HistoryRow::status)
                .containsExactly(ItemStatus.DONE, ItemStatus.YELLOW, ItemStatus.GREEN);
        assertThat(plans.history(item.id()).get(1).changedBy()).isEqualTo("Ola Nilsen");
        assertThatThrownBy(() -> plans.updateStatus(item.id(), yellow.version(), new StatusUpdate(ItemStatus.RED,
                "Utsatt", null))).isInstanceOf(ConcurrentEditException.class);
        LocalDate today = LocalDate.now(plans.timeZone());
        assertThat(plans.items(plan.id(), new PlanFilter(Set.of(), "", false, today.plusDays(1)))).isEmpty();
        assertThat(plans.items(plan.id(), new PlanFilter(Set.of(), "", false, today)))
                .extracting(ItemRow::id).contains(item.id(), untouched.id());
    }

    @Test
    void a_removed_item_keeps_its_number_reserved_and_cannot_leave_dependants_behind() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ItemRow first = create(plan, "A1");
        ItemRow second = create(plan, "A1");
        ItemRow dependant = plans.createItem(plan.id(), new ItemForm("B1", "Avhenger av A1.2", "", "", "", null,
                Set.of(second.id())), new StatusUpdate(ItemStatus.GREEN, "", null));
        assertThatThrownBy(() -> plans.deleteItem(second.id(), second.version()))
                .hasMessageContaining("item.error.depended-on").hasMessageContaining("B1.1");
        plans.updateItem(dependant.id(), dependant.version(), new ItemForm("", dependant.title(), "", "", "", null,
                Set.of()));
        // the record names the items by number, as the plan does, not by their database ids
        assertThat(audit.search(new AuditFilter(null, "plan.item-updated", null, null), 0, 1)).singleElement()
                .extracting(AuditRow::changes).isEqualTo("dependsOn: [A1.2] → []");
        plans.deleteItem(second.id(), plans.item(second.id()).version());
        assertThat(plans.items(plan.id(), PlanFilter.ALL)).extracting(i -> i.number().toString())
                .containsExactly("A1.1", "B1.1");
        assertThat(create(plan, "A1").number().toString()).isEqualTo("A1.3");
        assertThatThrownBy(() -> create(plan, "A1.2")).hasMessageContaining("item.error.number-taken");
        assertThatThrownBy(() -> plans.item(second.id())).isInstanceOf(NotFoundException.class);
        assertThat(plans.item(first.id()).number().toString()).isEqualTo("A1.1");
    }

    @Test
    void a_dependency_cycle_is_refused() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ItemRow a = create(plan, "A1");
        ItemRow b = plans.createItem(plan.id(), new ItemForm("A2", "Avhenger av A1", "", "", "", null,
                Set.of(a.id())), new StatusUpdate(ItemStatus.GREEN, "", null));
        assertThat(b.blocked()).isTrue();
        assertThatThrownBy(() -> plans.updateItem(a.id(), a.version(), new ItemForm("", a.title(), "", "", "", null,
                Set.of(b.id())))).hasMessageContaining("item.error.cycle");
        assertThatThrownBy(() -> plans.updateItem(a.id(), a.version(), new ItemForm("", a.title(), "", "", "", null,
                Set.of(a.id())))).hasMessageContaining("item.error.cycle");
        ItemRow c = plans.createItem(plan.id(), new ItemForm("A3", "Avhenger av A2", "", "", "", null,
                Set.of(b.id())), new StatusUpdate(ItemStatus.GREEN, "", null));
        assertThatThrownBy(() -> plans.updateItem(a.id(), a.version(), new ItemForm("", a.title(), "", "", "", null,
                Set.of(c.id())))).hasMessageContaining("item.error.cycle");
        assertThatThrownBy(() -> plans.updateItem(b.id(), b.version() - 1, new ItemForm("", b.title(), "", "", "",
                null, Set.of()))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void members_of_the_tenant_read_but_cannot_change_and_other_tenants_cannot_reach_in() {
        users.login(TestUsers.HSO_LEAD);
        PlanSummary hso = plans.createPlan("HSØ-plan " + UUID.randomUUID(), "");
        ItemRow hsoItem = create(hso, "A1");
        users.login(TestUsers.HSO_MEMBER);
        assertThat(plans.items(hso.id(), PlanFilter.ALL)).hasSize(1);
        assertThatThrownBy(() -> create(hso, "A1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.updateStatus(hsoItem.id(), hsoItem.version(), new StatusUpdate(ItemStatus.RED,
                "", null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.deleteItem(hsoItem.id(), hsoItem.version()))
                .isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> create(hso, "A1")).isInstanceOf(NotFoundException.class);
        PlanSummary own = plans.createPlan("SKI-plan " + UUID.randomUUID(), "");
        assertThatThrownBy(() -> plans.createItem(own.id(), new ItemForm("A1", "Avhenger av fremmed tiltak", "", "",
                "", null, Set.of(hsoItem.id())), new StatusUpdate(ItemStatus.GREEN, "", null)))
                .hasMessageContaining("item.error.dependency");
    }

    @Test
    void an_item_links_to_a_project_of_its_own_tenant_only() {
        users.login(TestUsers.SKI_ADMIN);
        ProjectRef national = plans.projectOptions("2026/0021", 0, 10).stream()
                .filter(p -> p.label().startsWith("2026/0021")).findFirst().orElseThrow();
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ItemRow item = plans.createItem(plan.id(), new ItemForm("A1", "Knyttet til anskaffelse", "", "", "",
                national.id(), Set.of()), new StatusUpdate(ItemStatus.GREEN, "", null));
        assertThat(plans.projectOf(item)).get().extracting(ProjectRef::label).asString().contains("behandlingshjelpemidler");
        users.login(TestUsers.HSO_LEAD);
        long hsoProject = plans.projectOptions("", 0, 1).getFirst().id();
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> plans.createItem(plan.id(), new ItemForm("A1", "Fremmed prosjekt", "", "", "",
                hsoProject, Set.of()), new StatusUpdate(ItemStatus.GREEN, "", null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void plans_belong_to_their_tenant_and_members_only_read() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary bhm = bhm();
        long itemId = plans.items(bhm.id(), PlanFilter.ALL).getFirst().id();
        users.login(TestUsers.HSO_ADMIN);
        assertThat(plans.plans()).extracting(PlanSummary::title).doesNotContain("Handlingsplan BHM");
        assertThatThrownBy(() -> plans.items(bhm.id(), PlanFilter.ALL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.item(itemId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.history(itemId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.updateStatus(itemId, 0, new StatusUpdate(ItemStatus.RED, "", null)))
                .isInstanceOf(NotFoundException.class);
        // a member of another tenant may not change plans at all, but she first hears that this one is not found
        users.login(TestUsers.HSO_MEMBER);
        assertThatThrownBy(() -> plans.updateStatus(itemId, 0, new StatusUpdate(ItemStatus.RED, "", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.deleteItem(itemId, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.createItem(bhm.id(), new ItemForm("A9", "Fremmed", "", "", "", null,
                Set.of()), new StatusUpdate(ItemStatus.GREEN, "", null))).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> plans.plans()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.createPlan("Leverandørplan", "")).isInstanceOf(ForbiddenException.class);
        // one plan or item is not found for a supplier, as for a missing id
        assertThatThrownBy(() -> plans.plan(bhm.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.items(bhm.id(), PlanFilter.ALL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.item(itemId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_status_report_is_a_pdf_with_the_item_numbers_and_status_words() throws Exception {
        users.login(TestUsers.SKI_ADMIN);
        Locale nb = Locale.of("nb");
        Translator t = Translator.of(nb, (l, k, a) -> i18n.getTranslation(k, l, a));
        byte[] pdf = plans.statusReport(bhm().id(), t).pdf();
        // kept for a look: pdftoppm -png target/status-report.pdf
        java.nio.file.Files.write(java.nio.file.Path.of("target", "status-report.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Handlingsplan BHM", "A1.1", "A3.1", "B3.1", "FERDIG", "UTSATT",
                "FORSINKET", "Grønn", "Side 1");
    }

    private PlanSummary bhm() {
        return plans.plans().stream().filter(p -> p.title().equals("Handlingsplan BHM")).findFirst().orElseThrow();
    }

    private ItemRow create(PlanSummary plan, String number) {
        return plans.createItem(plan.id(), new ItemForm(number, "Tiltak " + number, "", "", "", null, Set.of()),
                new StatusUpdate(ItemStatus.GREEN, "", null));
    }

    @Test
    void the_plan_grid_pages_and_filters_in_the_database_as_the_whole_list_does() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary bhm = bhm();
        List<ItemRow> all = plans.items(bhm.id(), PlanFilter.ALL);
        assertThat(plans.count(bhm.id(), PlanFilter.ALL)).isEqualTo(all.size());
        assertThat(all.size()).isGreaterThan(3);
        // pages in number order, the same rows (with their flags and dependencies) as the whole list
        assertThat(plans.items(bhm.id(), PlanFilter.ALL, 0, 2)).isEqualTo(all.subList(0, 2));
        assertThat(plans.items(bhm.id(), PlanFilter.ALL, 2, 2)).isEqualTo(all.subList(2, 4));
        PlanFilter red = new PlanFilter(Set.of(ItemStatus.RED), "", false, null);
        assertThat(plans.items(bhm.id(), red, 0, 100)).isNotEmpty().allMatch(r -> r.status() == ItemStatus.RED);
        assertThat(plans.count(bhm.id(), red)).isEqualTo(all.stream().filter(r -> r.status() == ItemStatus.RED).count());
        PlanFilter overdue = new PlanFilter(Set.of(), "", true, null);
        assertThat(plans.items(bhm.id(), overdue, 0, 100)).extracting(ItemRow::id)
                .containsExactlyElementsOf(all.stream().filter(ItemRow::overdue).map(ItemRow::id).toList());
        String someone = all.getFirst().responsible();
        PlanFilter responsible = new PlanFilter(Set.of(), someone.substring(0, Math.min(4, someone.length()))
                .toUpperCase(Locale.ROOT), false, null);
        assertThat(plans.items(bhm.id(), responsible, 0, 100)).extracting(ItemRow::id).contains(all.getFirst().id());
        PlanFilter future = new PlanFilter(Set.of(), "", false, LocalDate.now().plusDays(2));
        assertThat(plans.count(bhm.id(), future)).isZero();
        // the plan's summary counts the same items in SQL
        assertThat(plans.plan(bhm.id()).total()).isEqualTo(all.size());
        assertThat(plans.plan(bhm.id()).overdue()).isEqualTo(all.stream().filter(ItemRow::overdue).count());
        // another tenant's user gets nothing, neither a page nor a count
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> plans.items(bhm.id(), PlanFilter.ALL, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.count(bhm.id(), PlanFilter.ALL)).isInstanceOf(NotFoundException.class);
        assertThat(plans.plans(List.of(bhm.id()))).isEmpty();
    }
}
