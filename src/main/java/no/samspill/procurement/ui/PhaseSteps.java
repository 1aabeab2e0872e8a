package no.samspill.procurement.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import no.samspill.procurement.Phase;

/** The seven phases in a row, with the ones passed, the current one and the ones to come told apart. */
class PhaseSteps extends OrderedList {

    PhaseSteps(Phase current) {
        addClassName("samspill-phase-steps");
        getElement().setAttribute("aria-label", getTranslation("project.phase"));
        for (Phase phase : Phase.values()) {
            ListItem step = new ListItem(getTranslation(phase.labelKey()));
            int cmp = Integer.compare(phase.ordinal(), current.ordinal());
            step.addClassName(cmp < 0 ? "done" : cmp == 0 ? "current" : "todo");
            if (cmp == 0) {
                step.getElement().setAttribute("aria-current", "step");
            }
            add(step);
        }
    }
}
