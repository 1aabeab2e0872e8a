package no.samspill.referencegroup.ui;

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
import no.samspill.platform.ui.Phrases;
import no.samspill.referencegroup.GroupMeetingService;
import no.samspill.referencegroup.MyGroup;

/** Dashboard card: the groups the user sits in, their role, and the next meeting. */
@org.springframework.stereotype.Component
class MyGroupsCard implements DashboardCard {

    private final GroupMeetingService meetings;

    MyGroupsCard(GroupMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Optional<Component> create() {
        List<MyGroup> mine = meetings.mine();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        UnorderedList list = new UnorderedList();
        for (MyGroup g : mine) {
            String detail = Phrases.facts(ui.getTranslation(g.role().labelKey()), g.nextMeeting() == null ? ""
                    : ui.getTranslation("dashboard.groups.next", Formats.date(g.nextMeeting(), ui.getLocale())));
            list.add(new ListItem(new RouterLink(g.name(), GroupView.class, GroupView.params(g.id())),
                    new Span(" – " + detail)));
        }
        Card card = new Card(ui.getTranslation("dashboard.groups.title"), list);
        card.setId("my-groups");
        return Optional.of(card);
    }
}
