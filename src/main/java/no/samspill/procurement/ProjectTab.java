package no.samspill.procurement;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's tab on the project page (market dialogue, reference groups, action plans, steering papers).
 * The project page collects every bean of this type, so features add tabs without the page knowing them.
 */
public interface ProjectTab {

    /** Lower comes first; the overview is 0 and the history 1000. */
    int order();

    /** Message key of the tab's label. */
    String labelKey();

    /** The tab's content for this project, or empty when it does not apply to the user. */
    Optional<Component> create(ProjectSummary project);
}
