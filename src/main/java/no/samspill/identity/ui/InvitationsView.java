package no.samspill.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.identity.InvitationAnswers;
import no.samspill.identity.InvitationResult;
import no.samspill.identity.PendingInvitation;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;

/**
 * The invitations waiting for the logged-in user's answer. A page of its own, outside the main layout, because
 * someone whose only memberships are invitations has no tenant to show a layout for: they land here after login.
 */
@Route(value = InvitationResult.INVITATIONS_PATH, autoLayout = false)
@PermitAll
class InvitationsView extends BoxPage implements HasDynamicTitle {

    private final InvitationAnswers answers;
    private final AuthenticationContext authentication;

    InvitationsView(InvitationAnswers answers, AuthenticationContext authentication) {
        this.answers = answers;
        this.authentication = authentication;
        box.setId("invitations");
        render();
    }

    private void render() {
        box.removeAll();
        box.add(new H1(getTranslation("invitations.title")));
        List<PendingInvitation> pending = answers.pending();
        if (pending.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("invitations.empty"));
            empty.setId("invitations-empty");
            box.add(empty);
        } else {
            box.add(new Paragraph(getTranslation("invitations.intro")));
            pending.forEach(p -> box.add(row(p)));
        }
        Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout footer = new HorizontalLayout(new Anchor("", getTranslation("invitations.to-portal")), logout);
        footer.addClassName("samspill-invitations-footer");
        box.add(footer);
    }

    private Div row(PendingInvitation p) {
        String roles = p.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "));
        Div row = new Div(new H2(p.tenantName()), new Paragraph(getTranslation("invitations.detail", roles,
                p.invitedBy(), Formats.date(p.invitedAt(), p.zone(), getLocale()))));
        row.addClassName("samspill-invitation");
        Button accept = new Button(getTranslation("invitations.accept"), e -> {
            boolean accepted = Changes.run(() -> {
                answers.accept(p.membershipId());
                Notify.success("invitations.accepted", p.tenantName());
                // the new grant is in the session now: the main layout can show the tenant
                UI.getCurrent().getPage().setLocation("");
            });
            if (!accepted) {
                render();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-" + p.membershipId());
        Button decline = new Button(getTranslation("invitations.decline"), e -> confirmDecline(p));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.setId("decline-" + p.membershipId());
        row.add(new HorizontalLayout(accept, decline));
        return row;
    }

    private void confirmDecline(PendingInvitation p) {
        // declined or refused, the list is drawn again from what is now true
        Confirm.danger(getTranslation("invitations.decline"),
                getTranslation("invitations.decline.confirm", p.tenantName()), getTranslation("invitations.decline"),
                () -> {
                    answers.decline(p.membershipId());
                    Notify.success("invitations.declined", p.tenantName());
                }).addConfirmListener(e -> render());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("invitations.title");
    }
}
