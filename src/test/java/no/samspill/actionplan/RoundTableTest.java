package no.samspill.actionplan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTableTest extends KaribuTest {

    @Autowired
    RoundTableService roundTables;
    @Autowired
    ActionPlanService plans;

    @Test
    void the_seed_conference_is_there_and_its_actions_link_to_the_plan() {
        users.login(TestUsers.SKI_ADMIN);
        ConferenceSummary c = roundTables.conferences().stream().filter(x -> x.heldOn().equals(LocalDate.of(2019, 1, 18)))
                .findFirst().orElseThrow();
        ConferenceDetails d = roundTables.details(c.id());
        assertThat(d.participants()).hasSize(4).anyMatch(ConferenceDetails.Participant::user);
        assertThat(d.entries()).filteredOn(e -> e.kind() == EntryKind.ACTION).extracting(ConferenceDetails.Entry::itemNumber)
                .containsExactly("A1.3", "A3.1", "A2.1");
        long a31 = d.entries().stream().filter(e -> "A3.1".equals(e.itemNumber())).findFirst().orElseThrow().itemId();
        assertThat(roundTables.originOf(a31)).get().extracting(ConferenceSummary::id).isEqualTo(c.id());
    }

    @Test
    void a_proposed_action_becomes_an_item_in_one_step_and_only_once() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ConferenceSummary c = roundTables.create("Konferanse", LocalDate.of(2026, 11, 2), "Oslo", "Tema");
        ConferenceDetails.Entry action = roundTables.addEntry(c.id(), EntryKind.ACTION, "Lage veileder for BHM-avtaler")
                .entries().getFirst();
        ItemRow item = roundTables.makeItem(action.id(), action.version(), plan.id(), "B3", "Veileder for avtaler");
        assertThat(item.number().toString()).isEqualTo("B3.1");
        assertThat(item.description()).isEqualTo("Lage veileder for BHM-avtaler");
        assertThat(roundTables.details(c.id()).entries().getFirst().itemNumber()).isEqualTo("B3.1");
        ConferenceDetails.Entry done = roundTables.details(c.id()).entries().getFirst();
        assertThatThrownBy(() -> roundTables.makeItem(done.id(), done.version(), plan.id(), "B3", "Igjen"))
                .hasMessageContaining("roundtable.error.not-open-action");
        ConferenceDetails.Entry learning = roundTables.addEntry(c.id(), EntryKind.LEARNING, "Et læringspunkt")
                .entries().stream().filter(e -> e.kind() == EntryKind.LEARNING).findFirst().orElseThrow();
        assertThatThrownBy(() -> roundTables.makeItem(learning.id(), learning.version(), plan.id(), "B3", "Nei"))
                .hasMessageContaining("roundtable.error.not-open-action");
    }

    @Test
    void conferences_belong_to_their_tenant() {
        users.login(TestUsers.SKI_ADMIN);
        long id = roundTables.conferences().getFirst().id();
        users.login(TestUsers.HSO_ADMIN);
        assertThat(roundTables.conferences()).extracting(ConferenceSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> roundTables.details(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roundTables.addEntry(id, EntryKind.AGENDA, "Inntrenger"))
                .isInstanceOf(NotFoundException.class);
        users.login(TestUsers.HSO_MEMBER);
        assertThatThrownBy(() -> roundTables.create("Medlem", LocalDate.now(), "", "")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void on_the_conference_page_an_action_is_added_and_made_into_an_item() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        ConferenceSummary c = roundTables.create("Konferanse i visning", LocalDate.of(2026, 11, 3), "Bergen", "Tema");
        loginAndOpen(TestUsers.SKI_ADMIN, "round-tables/" + c.id());
        assertThat(heading()).isEqualTo("Konferanse i visning");
        _setValue(_get(TextField.class, s -> s.withId("new-entry-action")), "Kartlegge forbruk per HF");
        _click(_get(Button.class, s -> s.withId("add-entry-action")));
        long entryId = roundTables.details(c.id()).entries().getFirst().id();
        _click(_get(Button.class, s -> s.withId("make-item-" + entryId)));
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> planBox = _get(ComboBox.class, s -> s.withLabel("Plan"));
        _setValue(planBox, plans.plans().stream().filter(p -> p.id() == plan.id()).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("Nummer")), "A4");
        _setValue(_get(TextField.class, s -> s.withLabel("Tittel")), "Forbruk per HF");
        _click(_get(Button.class, s -> s.withId("confirm-make-item")));
        OrderedList actions = _get(OrderedList.class, s -> s.withId("entries-action"));
        assertThat(_find(actions, RouterLink.class)).extracting(RouterLink::getText).containsExactly("→ A4.1");
        assertThat(_find(actions, ListItem.class)).hasSize(1);
    }

    @Test
    void learning_points_and_actions_wait_until_the_conference_is_held_while_the_agenda_is_planned_ahead() {
        users.login(TestUsers.SKI_ADMIN);
        ConferenceSummary c = roundTables.create("Konferanse neste uke", LocalDate.now().plusDays(7), "Oslo", "Tema");
        assertThat(roundTables.addEntry(c.id(), EntryKind.AGENDA, "Velkommen og mål").entries()).hasSize(1);
        assertThatThrownBy(() -> roundTables.addEntry(c.id(), EntryKind.LEARNING, "For tidlig"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("roundtable.error.not-held");
        assertThatThrownBy(() -> roundTables.addEntry(c.id(), EntryKind.ACTION, "For tidlig"))
                .isInstanceOf(ValidationException.class);
        assertThat(roundTables.details(c.id()).entries()).hasSize(1);
    }
}
