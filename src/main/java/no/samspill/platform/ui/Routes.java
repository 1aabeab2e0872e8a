package no.samspill.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import no.samspill.platform.i18n.NotFoundException;

/** Route parameters of pages about one object, read and written the same way everywhere. */
public final class Routes {

    private Routes() {
    }

    /**
     * The numeric id in the route parameter; a missing or malformed one is answered like an id that does not exist
     * (the shell's error view says "not found"), so ids cannot be probed by their form.
     */
    public static long id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().getLong(parameter).orElseThrow(NotFoundException::new);
    }

    /** The parameters for a RouterLink or {@code UI.navigate(Class, RouteParameters)} to the object's page. */
    public static RouteParameters id(String parameter, long id) {
        return new RouteParameters(parameter, String.valueOf(id));
    }
}
