package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/**
 * What the steering group page's sections share: no padding of their own, the button above their grid, and a lazy
 * grid that draws the first page the page read with it and asks the service only for the pages beyond.
 */
abstract class SteeringSections extends VerticalLayout {

    SteeringSections() {
        setPadding(false);
    }

    Button button(String key, String id, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        return b;
    }

    /** A short list shows whole; a long one scrolls in a grid of its own height, a page at a time. */
    static void sized(Grid<?> grid, int page, long total) {
        grid.setPageSize(page);
        if (total <= page) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
    }

    /** The rows asked for, from the first page when it holds them all. */
    static <T> Optional<List<T>> fromFirst(List<T> rows, long total, int offset, int limit) {
        boolean holds = offset == 0 && (limit <= rows.size() || rows.size() == total);
        return holds ? Optional.of(rows.subList(0, Math.min(limit, rows.size()))) : Optional.empty();
    }
}
