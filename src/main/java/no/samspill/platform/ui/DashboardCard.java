package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's contribution to the "My work" dashboard. The shell collects every bean of this type, so features
 * add their cards without the shell knowing them. A card that does not apply to the user returns empty.
 */
public interface DashboardCard {

    /** Lower comes first. */
    int order();

    Optional<Component> create();
}
