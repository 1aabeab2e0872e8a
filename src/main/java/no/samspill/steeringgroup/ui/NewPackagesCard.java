package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.platform.text.Formats;
import no.samspill.steeringgroup.NewPackage;
import no.samspill.steeringgroup.PackageService;
import no.samspill.steeringgroup.SteeringGroupService;

/** Dashboard card: a new package is available for a coming meeting of one of my steering groups. */
@org.springframework.stereotype.Component
class NewPackagesCard implements DashboardCard {

    private final PackageService packages;
    private final SteeringGroupService groups;

    NewPackagesCard(PackageService packages, SteeringGroupService groups) {
        this.packages = packages;
        this.groups = groups;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public Optional<Component> create() {
        List<NewPackage> list = packages.newForMe();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        UnorderedList items = new UnorderedList();
        java.time.ZoneId zone = groups.zone();
        for (NewPackage p : list) {
            items.add(new ListItem(new RouterLink(p.groupName(), SteeringMeetingView.class,
                    SteeringMeetingView.params(p.meetingId())), new Span(" – " + ui.getTranslation(
                    "dashboard.packages.item", Formats.dateTime(p.startsAt(), zone, ui.getLocale()),
                    p.number()))));
        }
        Card card = new Card(ui.getTranslation("dashboard.packages.title"), items);
        card.setId("new-packages");
        return Optional.of(card);
    }
}
