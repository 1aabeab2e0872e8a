package no.samspill.actionplan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class ActionPlanViewsTest extends KaribuTest {

    @Autowired
    RoundTableService roundTables;

    @Autowired
    ActionPlanService plans;

    @Test
    void the_plan_grid_lists_items_filters_overdue_and_offers_the_pdf() {
        users.login(TestUsers.SKI_ADMIN);
        long bhm = bhm();
        loginAndOpen(TestUsers.SKI_ADMIN, "action-plans/" + bhm);
        assertThat(heading()).isEqualTo("Handlingsplan BHM");
        @SuppressWarnings("unchecked")
        Grid<ItemRow> grid = _get(Grid.class, s -> s.withId("plan-items"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(14);
        assertThat(_get(grid, 0).number().toString()).isEqualTo("A1.1");
        _setValue(_get(Checkbox.class), true);
        assertThat(_size(grid)).isPositive().isLessThan(14);
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).overdue()).isTrue();
        }
        assertThat(_get(Anchor.class, s -> s.withId("status-report")).getHref()).isNotBlank();
    }

    @Test
    void a_status_update_on_the_item_page_lands_in_the_history() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + System.nanoTime(), "");
        ItemRow item = plans.createItem(plan.id(), new ItemForm("A1", "Etablere produktråd", "", "", "", null,
                java.util.Set.of()), new StatusUpdate(ItemStatus.GREEN, "Startet", null));
        loginAndOpen(TestUsers.SKI_ADMIN, "action-plans/items/" + item.id());
        assertThat(heading()).isEqualTo("A1.1 Etablere produktråd");
        @SuppressWarnings("unchecked")
        Select<ItemStatus> status = _get(Select.class, s -> s.withId("new-status"));
        _setValue(status, ItemStatus.YELLOW);
        _setValue(_get(TextArea.class, s -> s.withId("new-status-text")), "Forsinket av sykefravær");
        _click(_get(Button.class, s -> s.withId("update-status")));
        assertThat(_find(ListItem.class)).hasSize(2);
        assertThat(plans.history(item.id()).getFirst().statusText()).isEqualTo("Forsinket av sykefravær");
    }

    @Test
    void a_too_long_status_text_is_refused_at_its_field_and_kept() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + System.nanoTime(), "");
        ItemRow item = plans.createItem(plan.id(), new ItemForm("A1", "Lang status", "", "", "", null,
                java.util.Set.of()), new StatusUpdate(ItemStatus.GREEN, "Startet", null));
        loginAndOpen(TestUsers.SKI_ADMIN, "action-plans/items/" + item.id());
        TextArea text = _get(TextArea.class, s -> s.withId("new-status-text"));
        String tooLong = "y".repeat(ActionPlanRules.TEXT_MAX + 1);
        _setValue(text, tooLong);
        _click(_get(Button.class, s -> s.withId("update-status")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo(t("item.error.text", ActionPlanRules.TEXT_MAX));
        assertThat(text.getValue()).isEqualTo(tooLong);
        assertThat(lastNotification()).isEmpty();
    }

    @Test
    void a_round_table_entry_too_short_is_refused_at_its_field_and_kept() {
        users.login(TestUsers.SKI_ADMIN);
        ConferenceSummary c = roundTables.create("Konferanse " + System.nanoTime(), java.time.LocalDate.of(2026, 11, 2),
                "Oslo", "Tema");
        loginAndOpen(TestUsers.SKI_ADMIN, "round-tables/" + c.id());
        com.vaadin.flow.component.textfield.TextField entry = _get(com.vaadin.flow.component.textfield.TextField.class,
                s -> s.withId("new-entry-action"));
        _setValue(entry, "x");
        _click(_get(Button.class, s -> s.withId("add-entry-action")));
        assertThat(entry.isInvalid()).isTrue();
        assertThat(entry.getErrorMessage()).isEqualTo(t("roundtable.error.text", 4_000));
        assertThat(entry.getValue()).isEqualTo("x");
        assertThat(lastNotification()).isEmpty();
    }

    @Test
    void members_read_plans_and_other_tenants_cannot_open_them() {
        users.login(TestUsers.SKI_ADMIN);
        long bhm = bhm();
        loginAndOpen(TestUsers.HSO_MEMBER, "action-plans");
        assertThat(_find(Button.class, s -> s.withId("new-plan"))).isEmpty();
        UI.getCurrent().navigate("action-plans/" + bhm);
        assertThat(heading()).isEqualTo("Ikke funnet");
    }

    private long bhm() {
        return plans.plans().stream().filter(p -> p.title().equals("Handlingsplan BHM")).findFirst().orElseThrow()
                .id();
    }
}
