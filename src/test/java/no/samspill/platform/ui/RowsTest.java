package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;

/** A row opens its page on Enter as on a click, and its title is a real link. */
class RowsTest extends KaribuTest {

    @Test
    void enter_on_a_focused_row_opens_its_page() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        Grid<String> grid = new Grid<>();
        grid.setItems(List.of("projects", "notifications"));
        Rows.titleLink(grid, s -> "<b>" + s + "</b>", s -> s);
        Rows.open(grid, s -> s);
        UI.getCurrent().add(grid);
        _getFormattedRow(grid, 1);
        String key = grid.getDataCommunicator().getKeyMapper().key("notifications");

        ObjectNode data = JsonNodeFactory.instance.objectNode().put("event.detail.key", key);
        _fireDomEvent(grid.getElement(), new DomEvent(grid.getElement(), "samspill-row-open", data));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("notifications");
    }
}
