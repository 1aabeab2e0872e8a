package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;
import no.samspill.platform.security.DeclarationRequiredException;

/**
 * Tabs whose content is built the first time the tab is selected. A page with six tabs then reads the data of the
 * one shown, not of all six, on every navigation (ARCHITECTURE rule 9); the others read theirs when opened.
 */
public final class LazyTabs {

    private LazyTabs() {
    }

    public static Tab add(TabSheet sheet, String label, SerializableSupplier<? extends Component> content) {
        Div holder = new Div();
        holder.setSizeFull();
        Tab tab = sheet.add(label, holder);
        sheet.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                fill(holder, content);
            }
        });
        if (sheet.getSelectedTab() == tab) {
            fill(holder, content);
        }
        return tab;
    }

    private static void fill(Div holder, SerializableSupplier<? extends Component> content) {
        if (holder.getComponentCount() == 0) {
            try {
                holder.add(content.get());
            } catch (DeclarationRequiredException refusal) {
                // the tab holds a project's confidential material: say why it stays shut and where to declare
                holder.add(GateNotice.of(refusal));
            }
        }
    }
}
