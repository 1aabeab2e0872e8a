package no.samspill.impartiality;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class ImpartialityViewsTest extends KaribuTest {

    @Autowired
    ImpartialityFixture fixture;

    @Test
    void a_member_meets_the_gate_at_the_review_document_declares_and_gets_in() {
        ImpartialityFixture.World w = fixture.world(true);
        loginAndOpen(ImpartialityFixture.MARIT, "reviews/" + w.documentId());
        assertThat(heading()).isEqualTo(t("impartiality.gate.title"));
        Anchor link = _get(Anchor.class, s -> s.withId("gate-link"));
        assertThat(link.getHref()).isEqualTo(ImpartialityRoutes.declaration(w.projectId()));

        UI.getCurrent().navigate(link.getHref());
        assertThat(heading()).startsWith(t("impartiality.declaration.title", "IMP-"));
        assertThat(_get(Span.class, s -> s.withId("declaration-status")).getText())
                .isEqualTo(t("impartiality.status.MISSING"));
        // an incomplete form is refused with its message, and nothing is signed
        _click(_get(Button.class, s -> s.withId("sign-declaration")));
        confirm();
        assertStatus("impartiality.status.MISSING");
        _setValue(_get(Checkbox.class, s -> s.withId("confidentiality")), true);
        _click(_get(Button.class, s -> s.withId("sign-declaration")));
        confirm();
        assertStatus("impartiality.status.MISSING");
        // a tie to Medtronic, no tie to GE
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> medtronic = _get(RadioButtonGroup.class, s -> s.withId("answer-" + w.medtronic()));
        medtronic.setValue(medtronic.getListDataView().getItems().toList().get(1));
        @SuppressWarnings("unchecked")
        var kinds = (com.vaadin.flow.component.checkbox.CheckboxGroup<TieKind>) _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("kinds-" + w.medtronic()));
        kinds.setValue(java.util.Set.of(TieKind.OWNERSHIP));
        _setValue(_get(TextArea.class, s -> s.withId("details-" + w.medtronic())), "Aksjer i morselskapet.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> ge = _get(RadioButtonGroup.class, s -> s.withId("answer-" + w.ge()));
        ge.setValue(ge.getListDataView().getItems().toList().get(0));
        _click(_get(Button.class, s -> s.withId("sign-declaration")));
        confirm();
        assertThat(_get(Span.class, s -> s.withId("declaration-status")).getText())
                .isEqualTo(t("impartiality.status.TIE_DECLARED"));

        // the document is no supplier's material: the undecided tie does not keep it shut
        UI.getCurrent().navigate("reviews/" + w.documentId());
        assertThat(heading()).startsWith("Behovsanalyse");
    }

    @Test
    void the_lead_opens_the_register_sees_who_is_missing_and_decides_a_tie_with_a_reason() {
        ImpartialityFixture.World w = fixture.world(false);
        loginAndOpen(TestUsers.HSO_LEAD, ImpartialityRoutes.register(w.projectId()));
        _click(_get(Button.class, s -> s.withId("open-register")));
        confirm();
        assertThat(_get(Span.class, s -> s.withId("register-missing")).getText())
                .isEqualTo(t("impartiality.register.missing", 4));
        fixture.as(ImpartialityFixture.JONAS, () -> fixture.signWithTie(w.projectId(), w.medtronic()));

        loginAndOpen(TestUsers.HSO_LEAD, ImpartialityRoutes.register(w.projectId()));
        @SuppressWarnings("unchecked")
        Grid<RegisterRow> grid = _get(Grid.class, s -> s.withId("register-grid"));
        assertThat(_size(grid)).isEqualTo(4);
        assertThat(_get(Span.class, s -> s.withId("register-missing")).getText())
                .isEqualTo(t("impartiality.register.missing", 3));
        long jonas = grid.getListDataView().getItems().filter(r -> r.name().startsWith("Jonas")).findFirst()
                .orElseThrow().userId();
        List<RegisterRow> items = grid.getListDataView().getItems().toList();
        int row = items.indexOf(items.stream().filter(r -> r.userId() == jonas).findFirst().orElseThrow());
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "decide"));
        _click(_get(Button.class, s -> s.withId("save-tie-decision")));
        // a decision without a reason is refused on the reason field
        TextArea reason = _get(TextArea.class, s -> s.withId("tie-reason"));
        assertThat(reason.isInvalid()).isTrue();
        _setValue(reason, "Ansettelsen endte for over to år siden.");
        _click(_get(Button.class, s -> s.withId("save-tie-decision")));
        @SuppressWarnings("unchecked")
        Grid<RegisterRow> after = _get(Grid.class, s -> s.withId("register-grid"));
        assertThat(after.getListDataView().getItems().filter(r -> r.name().startsWith("Jonas")).toList())
                .extracting(RegisterRow::status, RegisterRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeclarationStatus.DECIDED,
                        "Ansettelsen endte for over to år siden."));
        assertThat(_get(Anchor.class, s -> s.withId("register-export")).getHref()).isNotEmpty();
    }

    @Test
    void a_member_may_not_open_the_register_but_sees_their_own_declaration() {
        ImpartialityFixture.World w = fixture.world(true);
        loginAndOpen(ImpartialityFixture.KARI, ImpartialityRoutes.declaration(w.projectId()));
        assertThat(_get(Span.class, s -> s.withId("declaration-status")).getText())
                .isEqualTo(t("impartiality.status.MISSING"));
        List<String> before = List.of(heading());
        UI.getCurrent().navigate(ImpartialityRoutes.register(w.projectId()));
        assertThat(heading()).isNotEqualTo(before.getFirst()).isEqualTo(t("error.forbidden.title"));
    }

    /** Refused signatures leave the form as it was: nothing signed. */
    private static void assertStatus(String key) {
        assertThat(_get(Span.class, s -> s.withId("declaration-status")).getText()).isEqualTo(t(key));
    }

    static void confirm() {
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        // the browser closes the dialog on confirming; here the test does
        confirm.close();
    }
}
