package no.samspill.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import no.samspill.notifications.NoticeCentre;

/**
 * The bell in the header: the number of unread notices, read with one count after each navigation (the header
 * stays while the views change), and a link to the notification centre. Its label says the number in words.
 */
class NoticeBell extends Button implements AfterNavigationObserver {

    private final NoticeCentre centre;

    NoticeBell(NoticeCentre centre) {
        this.centre = centre;
        setId("notice-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("samspill-notice-bell");
        addClickListener(e -> UI.getCurrent().navigate(NoticeCentreView.class));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ComponentUtil.setData(attachEvent.getUI(), NoticeBell.class, this);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = centre.unreadCount();
        setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        String label = getTranslation("notices.bell.label", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    /** After the centre marked notices read, so the count in the header is right without a reload. */
    static void refreshIn(UI ui) {
        NoticeBell bell = ComponentUtil.getData(ui, NoticeBell.class);
        if (bell != null && bell.isAttached()) {
            bell.refresh();
        }
    }
}
