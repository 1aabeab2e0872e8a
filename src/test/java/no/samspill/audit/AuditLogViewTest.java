package no.samspill.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.stream.IntStream;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends KaribuTest {

    @Test
    void tenant_admin_sees_the_log_and_can_filter_it() {
        loginAndOpen(TestUsers.HSO_ADMIN, "audit");
        assertThat(heading()).isEqualTo("Revisjonslogg");
        @SuppressWarnings("unchecked")
        Grid<AuditLine> grid = _get(Grid.class);
        assertThat(_size(grid)).isPositive();
        assertThat(GridKt._get(grid, 0).row().occurredAt())
                .isAfterOrEqualTo(GridKt._get(grid, _size(grid) - 1).row().occurredAt());
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i).row().actor()))
                .doesNotContain(TestUsers.MEDTRONIC_ADMIN, TestUsers.RM_ADMIN);
        _setValue(_get(TextField.class, s -> s.withLabel("Bruker")), "nobody-with-this-name");
        assertThat(_size(grid)).isZero();
        assertThat(_get(Anchor.class, s -> s.withId("audit-export")).getHref()).isNotBlank();
    }

    @Test
    void the_log_names_actions_fields_and_values_in_the_readers_words_not_in_codes() {
        loginAndOpen(TestUsers.HSO_ADMIN, "audit");
        @SuppressWarnings("unchecked")
        Grid<AuditLine> grid = _get(Grid.class);
        _setValue(_get(ComboBox.class, s -> s.withLabel("Handling")), "dialogue.published");
        assertThat(_size(grid)).isPositive();
        List<AuditLine> lines = IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.action()).isEqualTo("Markedsdialog publisert");
            assertThat(l.entity()).isEqualTo("Markedsdialog");
            assertThat(l.changes()).isEqualTo("Status: Utkast → Publisert");
        });
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Markedsdialog publisert", "Status: Utkast → Publisert")
                .noneMatch(cell -> cell.contains("DRAFT") || cell.contains("dialogue.published"));
    }
}
