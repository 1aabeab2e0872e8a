package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;

/**
 * Lists whose rows open a page: a click on the row, Enter on a focused row, or the title as a real link (which also
 * opens in a new tab, and which screen readers announce as a link). Space was the only key that opened a row.
 */
public final class Rows {

    private Rows() {
    }

    /** Opens the row's page on a click or on Enter; {@code href} is the page's route (a module's *Routes). */
    public static <T> void open(Grid<T> grid, SerializableFunction<T, String> href) {
        act(grid, item -> go(href.apply(item)));
    }

    /**
     * Runs the row's action (e.g. opening it in a dialog) on a click or on Enter, for lists whose rows open
     * something other than a page.
     */
    public static <T> void act(Grid<T> grid, SerializableConsumer<T> action) {
        grid.addItemClickListener(e -> action.accept(e.getItem()));
        // the grid's keydown names the focused row by its key; links and buttons inside a cell keep their Enter
        grid.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Enter' || e.composedPath().some(n => n.localName === 'a' || n.localName === 'button'
                      || n.localName === 'input')) { return; }
                  const context = this.getEventContext(e);
                  if (context && context.section === 'body' && context.item) {
                    this.dispatchEvent(new CustomEvent('samspill-row-open', { detail: { key: context.item.key } }));
                  }
                });""");
        grid.getElement().addEventListener("samspill-row-open", e -> {
            T item = grid.getDataCommunicator().getKeyMapper().get(e.getEventData().path("event.detail.key")
                    .asString());
            if (item != null) {
                action.accept(item);
            }
        }).addEventData("event.detail.key");
    }

    // a click on the title's link navigates in the browser and is also the row's click: open the page once
    private static void go(String href) {
        UI ui = UI.getCurrent();
        if (!href.equals(ui.getInternals().getActiveViewLocation().getPath())) {
            ui.navigate(href);
        }
    }

    /** A column whose cell is the row's title as a link to its page. */
    public static <T> Grid.Column<T> titleLink(Grid<T> grid, ValueProvider<T, String> title,
            SerializableFunction<T, String> href) {
        return grid.addColumn(LitRenderer.<T>of("<a href=\"${item.href}\">${item.title}</a>")
                .withProperty("href", href::apply).withProperty("title", title));
    }
}
