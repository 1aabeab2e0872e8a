package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.steeringgroup.PaperSummary;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.RenderersKt.renderLitTemplate;
import static com.github.mvysny.kaributools.RenderersKt.getTemplate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, keyboard (WCAG 2.1.1): in every list whose row opens a page, the row's title is a real link to that page
 * and Enter on the focused row opens it, as a click does. A list that falls back to a plain text title or to a
 * click-only listener fails here.
 */
class ListRowsTest extends KaribuTest {

    @Autowired
    ActionPlanService plans;
    @Autowired
    SteeringGroupService steering;

    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]+)\">");

    @Test
    void the_projects_list_links_each_title_and_opens_the_project_on_enter() {
        assertRowsOpen(TestUsers.HSO_LEAD, "projects", "projects/\\d+");
    }

    @Test
    void the_suppliers_dialogue_list_links_each_title_and_opens_the_answer_form_on_enter() {
        assertRowsOpen(TestUsers.GE_USER, "market-dialogues", "market-dialogues/\\d+");
    }

    @Test
    void the_reference_group_list_links_each_title_and_opens_the_group_on_enter() {
        assertRowsOpen(TestUsers.HSO_LEAD, "groups", "groups/\\d+");
    }

    @Test
    void the_action_plan_list_and_a_plans_items_link_their_titles_and_open_on_enter() {
        assertRowsOpen(TestUsers.SKI_ADMIN, "action-plans", "action-plans/\\d+");
        users.login(TestUsers.SKI_ADMIN);
        long bhm = plans.plans().stream().filter(p -> p.title().equals("Handlingsplan BHM")).findFirst()
                .orElseThrow().id();
        assertRowsOpen(TestUsers.SKI_ADMIN, "action-plans/" + bhm, "action-plans/items/\\d+");
    }

    @Test
    void the_round_table_list_links_each_title_and_opens_the_conference_on_enter() {
        assertRowsOpen(TestUsers.SKI_ADMIN, "round-tables", "round-tables/\\d+");
    }

    @Test
    void the_steering_group_list_and_a_groups_meetings_link_their_rows_and_open_on_enter() {
        assertRowsOpen(TestUsers.SKI_ADMIN, "steering", "steering/\\d+");
        assertRowsOpen(TestUsers.SKI_ADMIN, "steering/" + demoSteeringGroup(), "steering/meetings/\\d+");
    }

    @Test
    void enter_on_a_case_paper_row_opens_the_paper_for_reading_as_a_click_does() {
        loginAndOpen(TestUsers.SKI_ADMIN, "steering/" + demoSteeringGroup());
        @SuppressWarnings("unchecked")
        Grid<PaperSummary> papers = _get(Grid.class, s -> s.withId("case-papers"));
        PaperSummary readable = IntStream.range(0, _size(papers)).mapToObj(i -> _get(papers, i))
                .filter(p -> !p.withheld()).findFirst().orElseThrow();
        assertThat(_find(Dialog.class)).isEmpty();

        pressEnterOn(papers, readable);

        assertThat(_find(Dialog.class)).as("the paper's reading dialog").hasSize(1);
    }

    /** The seed's steering group, with its meeting and papers (groups made by other tests may have none). */
    private long demoSteeringGroup() {
        users.login(TestUsers.SKI_ADMIN);
        return steering.groups().stream().filter(g -> g.name().equals("Styringsgruppe behandlingshjelpemidler (BHM)"))
                .findFirst().orElseThrow().id();
    }

    private static <T> void pressEnterOn(Grid<T> grid, T item) {
        String key = grid.getDataCommunicator().getKeyMapper().key(item);
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("event.detail.key", key);
        _fireDomEvent(grid.getElement(), new DomEvent(grid.getElement(), "samspill-row-open", data));
    }

    /**
     * Opens the list, reads the first row's link, checks its form, then presses Enter on that row (the grid's event
     * as Rows' script sends it) and checks that the page opened is the link's. Returns the link.
     */
    private String assertRowsOpen(String user, String route, String hrefPattern) {
        loginAndOpen(user, route);
        Grid<Object> grid = firstGridWithLinks();
        Object first = _get(grid, 0);
        String href = linkIn(grid, first);
        assertThat(href).as("the first row's title link in " + route).matches(hrefPattern);

        pressEnterOn(grid, first);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("the page Enter opened from " + route).isEqualTo(href);
        return href;
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> firstGridWithLinks() {
        List<Grid> grids = _find(Grid.class);
        return grids.stream().map(g -> (Grid<Object>) g)
                .filter(g -> _size(g) > 0 && !links(g, _get(g, 0)).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no list with a linked title and a row"));
    }

    /** The row's cells as the browser gets them from each Lit template, links and all (Karibu's text drops tags). */
    private static List<String> links(Grid<Object> grid, Object item) {
        List<String> found = new ArrayList<>();
        for (Grid.Column<Object> column : grid.getColumns()) {
            if (column.getRenderer() instanceof LitRenderer<Object> lit) {
                Matcher m = HREF.matcher(renderLitTemplate(getTemplate(lit), lit.getValueProviders(), item));
                if (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static String linkIn(Grid<Object> grid, Object item) {
        List<String> found = links(grid, item);
        assertThat(found).as("title links in the row").hasSize(1);
        return found.getFirst();
    }
}
