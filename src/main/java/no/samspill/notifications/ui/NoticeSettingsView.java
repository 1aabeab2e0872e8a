package no.samspill.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import no.samspill.notifications.NoticeCategory;
import no.samspill.notifications.NoticeDelivery;
import no.samspill.notifications.NoticePreferences;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;

/** The logged-in user's choice, per category, of how they hear of notices. */
@Route(NoticeSettingsView.ROUTE)
@PermitAll
class NoticeSettingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifications/settings";

    private final Map<NoticeCategory, RadioButtonGroup<NoticeDelivery>> choices = new EnumMap<>(NoticeCategory.class);

    NoticeSettingsView(NoticePreferences preferences) {
        add(new H1(getTranslation("notices.settings.title")), new Paragraph(getTranslation("notices.settings.intro")));
        Map<NoticeCategory, NoticeDelivery> mine = preferences.mine();
        for (NoticeCategory category : NoticeCategory.values()) {
            RadioButtonGroup<NoticeDelivery> group = new RadioButtonGroup<>(
                    getTranslation(category.labelKey()));
            group.setId("delivery-" + category.name());
            group.setItems(NoticeDelivery.values());
            group.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
            group.setValue(mine.get(category));
            choices.put(category, group);
            add(group);
        }
        Button save = new Button(getTranslation("notices.settings.save"), e -> {
            Map<NoticeCategory, NoticeDelivery> chosen = new EnumMap<>(NoticeCategory.class);
            choices.forEach((c, g) -> {
                if (g.getValue() != null) {
                    chosen.put(c, g.getValue());
                }
            });
            preferences.saveMine(chosen);
            Notify.success("notices.settings.saved");
        });
        save.setId("save-notice-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, new Paragraph(getTranslation("notices.settings.account-mails")),
                new RouterLink(getTranslation("notices.back"), NoticeCentreView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("notices.settings.title");
    }
}
