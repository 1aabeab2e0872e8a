package no.samspill.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.GoalLevel;
import no.samspill.portfolio.GoalNode;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.BoardReferrals;
import no.samspill.portfolio.ReferralRow;
import no.samspill.portfolio.TargetPictureService;
import no.samspill.portfolio.TargetState;
import no.samspill.portfolio.TargetTree;
import no.samspill.portfolio.TargetVersionRow;
import org.jspecify.annotations.Nullable;

/**
 * The target picture as an indented tree with a picker for every version (older ones stay readable). The portfolio
 * office drafts a new version as a copy of the current one, adds and changes its areas, goals and sub-goals, and
 * adopts it. Each change names the version of the draft it was made on, so a second secretary's older copy gets the
 * concurrent-edit message.
 */
class TargetPanel extends VerticalLayout {

    private final TargetPictureService targets;
    private final BoardReferrals referrals;
    private final long portfolioId;
    private final boolean manages;
    private final Select<TargetVersionRow> picker = new Select<>();
    private final Div content = new Div();

    TargetPanel(TargetPictureService targets, BoardReferrals referrals, long portfolioId, boolean manages) {
        this.targets = targets;
        this.referrals = referrals;
        this.portfolioId = portfolioId;
        this.manages = manages;
        setPadding(false);
        setId("target-picture");
        picker.setLabel(getTranslation("portfolio.target.versions"));
        picker.setId("target-version");
        picker.setItemLabelGenerator(v -> getTranslation("portfolio.target.heading", v.number(), v.title(),
                getTranslation(v.state().labelKey())));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                draw(targets.tree(e.getValue().id()));
            }
        });
        content.setWidthFull();
        add(picker, content);
        List<TargetVersionRow> versions = targets.versions(portfolioId);
        // the office works on the newest version (a draft, when there is one); everyone else reads the adopted one
        TargetTree shown = manages && !versions.isEmpty() ? targets.tree(versions.getFirst().id())
                : targets.current(portfolioId).orElse(null);
        show(versions, shown);
    }

    private void show(List<TargetVersionRow> versions, @Nullable TargetTree tree) {
        picker.setItems(versions);
        picker.setVisible(!versions.isEmpty());
        if (tree == null) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("portfolio.target.none")));
            if (manages) {
                content.add(draftButton());
            }
            return;
        }
        draw(tree);
    }

    private void draw(TargetTree tree) {
        TargetVersionRow v = tree.version();
        picker.getListDataView().getItems().filter(r -> r.id() == v.id()).findFirst().ifPresent(picker::setValue);
        content.removeAll();
        content.add(new H2(getTranslation("portfolio.target.heading", v.number(), v.title(),
                getTranslation(v.state().labelKey()))));
        if (v.adoptedAt() != null) {
            content.add(new Paragraph(getTranslation("portfolio.target.adopted-by", Formats.date(v.adoptedAt(),
                    targets.zone(), getLocale()), v.adoptedBy())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (tree.editable()) {
            Button area = new Button(getTranslation("portfolio.goal.add-area"), VaadinIcon.PLUS.create(),
                    e -> goalDialog(tree, null, null).open());
            area.setId("add-area");
            // the board adopts (ADR 030): the office sends the draft as a case paper to the board's next meeting
            Button adopt = new Button(getTranslation("portfolio.board.send-target", v.number(), v.title()),
                    VaadinIcon.GAVEL.create(), e -> Confirm.action(getTranslation("portfolio.board.send-target-title"),
                            getTranslation("portfolio.board.send-target-text", v.title()),
                            getTranslation("portfolio.intake.send"), () -> sendToBoard(tree)));
            adopt.setId("send-target-to-board");
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(area, adopt);
        } else if (manages && v.state() != TargetState.DRAFT
                && picker.getListDataView().getItems().noneMatch(r -> r.state() == TargetState.DRAFT)) {
            actions.add(draftButton());
        }
        content.add(actions);
        Div list = new Div();
        list.setId("target-goals");
        list.getElement().setAttribute("role", "list");
        for (GoalNode g : tree.goals()) {
            list.add(item(tree, g));
        }
        content.add(list);
    }

    private Div item(TargetTree tree, GoalNode g) {
        Span label = new Span(getTranslation(g.level().labelKey()) + ": " + g.title());
        label.addClassName("samspill-goal-title");
        Div item = new Div(label);
        item.getElement().setAttribute("role", "listitem");
        item.addClassName("samspill-goal-" + g.level().name().toLowerCase(Locale.ROOT));
        if (tree.editable()) {
            Button change = new Button(getTranslation("portfolio.goal.change"), e -> goalDialog(tree, g, null).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            change.setAriaLabel(getTranslation("portfolio.goal.change-named", g.title()));
            item.add(change);
            if (g.level() != GoalLevel.SUBGOAL) {
                Button under = new Button(getTranslation(g.level() == GoalLevel.AREA ? "portfolio.goal.add-goal"
                        : "portfolio.goal.add-subgoal"), e -> goalDialog(tree, null, g.key()).open());
                under.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                under.setAriaLabel(getTranslation("portfolio.goal.add-under", g.title()));
                item.add(under);
            }
        }
        if (!g.description().isBlank()) {
            item.add(new Paragraph(g.description()));
        }
        return item;
    }

    /** The draft goes to the board as a case paper; the board's approving decision adopts it. */
    private void sendToBoard(TargetTree tree) {
        ReferralRow sent = referrals.sendTarget(tree.version().id(), tree.version().version(),
                Downloads.translator());
        Notify.success("portfolio.intake.sent-ok", sent.paperNumber());
        show(targets.versions(portfolioId), targets.tree(tree.version().id()));
    }

    private Button draftButton() {
        Button draft = new Button(getTranslation("portfolio.target.draft"), VaadinIcon.COPY_O.create(),
                e -> draftDialog().open());
        draft.setId("draft-target");
        return draft;
    }

    private Dialog draftDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("portfolio.target.draft"));
        dialog.add(new Paragraph(getTranslation("portfolio.target.draft-intro")));
        TextField title = PortfolioFields.text("portfolio.target.title", "draft-title", PortfolioRules.NAME_MAX);
        title.setWidthFull();
        targets.current(portfolioId).ifPresent(c -> title.setValue(c.version().title()));
        dialog.add(title);
        FormDialog.of(dialog, "portfolio.target.draft", "save-draft", () -> saved(
                () -> targets.draft(portfolioId, title.getValue()))).bind(title, "portfolio.error.title");
        return dialog;
    }

    /** A new area (no parent, no goal), a goal or sub-goal under a parent, or the change of a goal. */
    private Dialog goalDialog(TargetTree tree, @Nullable GoalNode existing, @Nullable String parentKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing != null ? "portfolio.goal.change"
                : parentKey == null ? "portfolio.goal.add-area" : "portfolio.goal.add"));
        dialog.setWidth("36rem");
        TextField title = PortfolioFields.text("portfolio.goal.title", "goal-title", PortfolioRules.NAME_MAX);
        TextArea description = PortfolioFields.area("portfolio.goal.description", "goal-description",
                PortfolioRules.TEXT_MAX);
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description());
        }
        FormLayout form = new FormLayout(title, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        long id = tree.version().id();
        long seen = tree.version().version();
        FormDialog.saveCancel(dialog, "save-goal", () -> saved(() -> existing == null
                ? targets.addGoal(id, seen, parentKey, title.getValue(), description.getValue())
                : targets.changeGoal(existing.id(), seen, title.getValue(), description.getValue())))
                .bind(title, "portfolio.error.title").bind(description, "portfolio.error.description");
        return dialog;
    }

    private void saved(Supplier<TargetTree> change) {
        TargetTree tree = change.get();
        Notify.success("common.saved");
        show(targets.versions(portfolioId), tree);
    }
}
