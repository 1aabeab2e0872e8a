package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's contribution to the header bar (e.g. the notification bell), placed before the user menu. The shell
 * collects every bean of this type, so it shows them without knowing the features. Created once per page load.
 */
public interface HeaderItem {

    /** Lower comes first. */
    int order();

    Optional<Component> create();
}
