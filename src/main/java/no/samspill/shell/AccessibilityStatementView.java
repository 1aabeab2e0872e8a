package no.samspill.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.LanguageChooser;
import no.samspill.platform.ui.PageTitles;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement a public buyer must publish (Norway's uustatus, Denmark's WAS-Tool): conformance to
 * WCAG 2.1 AA with the known failures by criterion, a feedback contact, how to complain, and the date of the last
 * review. Open without login, linked from the login page and from every page's menu.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "accessibility";

    AccessibilityStatementView(@Value("${samspill.accessibility.contact}") String contact,
            @Value("${samspill.accessibility.reviewed}") LocalDate reviewed) {
        addClassName("samspill-statement");
        setMaxWidth("48rem");
        H1 title = new H1(getTranslation("a11y.title"));
        UnorderedList failures = new UnorderedList();
        failures.setId("known-failures");
        for (KnownFailure failure : KnownFailure.values()) {
            failures.add(new ListItem(getTranslation("a11y.failure", failure.criterion(),
                    getTranslation(failure.labelKey()))));
        }
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("a11y-contact");
        Paragraph feedback = new Paragraph(getTranslation("a11y.feedback.text") + " ");
        feedback.add(mail);
        Paragraph review = new Paragraph(getTranslation("a11y.review.text", Formats.longDate(reviewed, getLocale())));
        review.setId("a11y-reviewed");
        Anchor back = new Anchor("login", getTranslation("a11y.to-login"));
        add(new Div(new LanguageChooser()), title, new Paragraph(getTranslation("a11y.intro")),
                new H2(getTranslation("a11y.conformance.title")), new Paragraph(getTranslation("a11y.conformance.text")),
                new H2(getTranslation("a11y.failures.title")), new Paragraph(getTranslation("a11y.failures.note")),
                failures, new H2(getTranslation("a11y.feedback.title")), feedback,
                new H2(getTranslation("a11y.complaint.title")), new Paragraph(getTranslation("a11y.complaint.text")),
                new H2(getTranslation("a11y.review.title")), review, back);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("a11y.title");
    }
}
