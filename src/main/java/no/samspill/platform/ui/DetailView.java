package no.samspill.platform.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page about one object, found by the numeric id in its route ({@code @Route("projects/:projectId")}). The page
 * only says how to open the id and what its title is; an unknown, foreign or malformed id becomes the shell's
 * "not found" page, because the service (or {@link Routes#id}) throws NotFoundException while the page opens.
 */
public abstract class DetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String parameter;
    private String title = "";

    /** @param parameter the route parameter holding the id, e.g. "projectId" */
    protected DetailView(String parameter) {
        this.parameter = parameter;
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        open(Routes.id(event, parameter));
    }

    /** Loads the object and draws the page; throws NotFoundException when the user may not know it. */
    protected abstract void open(long id);

    /** What the page is about (e.g. the project's reference and title); the tab shows it with the portal's name. */
    protected final void title(String title) {
        this.title = title;
    }

    @Override
    public String getPageTitle() {
        // before the object is read (or when it could not be), the tab shows the portal's name alone
        return title.isEmpty() ? getTranslation("app.name") : PageTitles.of(title);
    }
}
