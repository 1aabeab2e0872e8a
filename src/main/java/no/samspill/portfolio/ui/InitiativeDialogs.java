package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.CheckpointRow;
import no.samspill.portfolio.GoalLevel;
import no.samspill.portfolio.GoalLinkRow;
import no.samspill.portfolio.GoalNode;
import no.samspill.portfolio.InitiativeDetails;
import no.samspill.portfolio.InitiativePhase;
import no.samspill.portfolio.InitiativeRef;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.TargetPictureService;
import no.samspill.portfolio.Weight;
import org.jspecify.annotations.Nullable;

/** The initiative page's small dialogs: phase, goal link, checkpoint, checkpoint move and dependency. */
final class InitiativeDialogs {

    private InitiativeDialogs() {
    }

    static Dialog phase(InitiativeService initiatives, InitiativeDetails i, Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = dialog("portfolio.initiative.change-phase");
        Select<InitiativePhase> phase = InitiativeDialog.phaseSelect(dialog);
        phase.setValue(i.phase());
        dialog.add(phase);
        FormDialog.saveCancel(dialog, "save-phase", () -> {
            onSaved.accept(initiatives.changePhase(i.id(), i.version(), phase.getValue()));
            Notify.success("common.saved");
        });
        return dialog;
    }

    /** A new link to a goal of the current target picture, or a change of an existing link's weight and sentence. */
    static Dialog link(InitiativeService initiatives, TargetPictureService targets, InitiativeDetails i,
            @Nullable GoalLinkRow existing, Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = dialog(existing == null ? "portfolio.link.add" : "portfolio.link.change");
        ComboBox<GoalNode> goal = new ComboBox<>(dialog.getTranslation("portfolio.coverage.goal"));
        List<GoalNode> goals = targets.current(i.portfolioId()).map(t -> t.goals().stream()
                .filter(g -> g.level() != GoalLevel.AREA).toList()).orElse(List.of());
        goal.setItems(goals);
        goal.setItemLabelGenerator(g -> dialog.getTranslation(g.level().labelKey()) + ": " + g.title());
        goal.setId("link-goal-choice");
        goal.setWidthFull();
        RadioButtonGroup<Weight> weight = new RadioButtonGroup<>(dialog.getTranslation("portfolio.link.weight"));
        weight.setItems(Weight.HIGH, Weight.MEDIUM, Weight.LOW);
        weight.setItemLabelGenerator(w -> dialog.getTranslation(w.labelKey()));
        weight.setId("link-weight");
        TextArea how = PortfolioFields.area("portfolio.link.how", "link-how", PortfolioRules.HOW_MAX);
        how.setHelperText(dialog.getTranslation("portfolio.link.how.help"));
        if (existing != null) {
            goals.stream().filter(g -> g.key().equals(existing.goalKey())).findFirst().ifPresent(goal::setValue);
            goal.setReadOnly(true);
            weight.setValue(existing.weight());
            how.setValue(existing.how());
        }
        dialog.add(new FormLayout(goal, weight, how));
        FormDialog.saveCancel(dialog, "save-link", () -> {
            if (goal.getValue() == null) {
                throw new ValidationException("portfolio.error.goal");
            }
            onSaved.accept(initiatives.linkGoal(i.id(), goal.getValue().key(), weight.getValue(), how.getValue()));
            Notify.success("portfolio.link.saved", goal.getValue().title());
        }).bind(goal, "portfolio.error.goal").bind(weight, "portfolio.error.weight").bind(how, "portfolio.error.how");
        return dialog;
    }

    static Dialog checkpoint(InitiativeService initiatives, InitiativeDetails i,
            Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = dialog("portfolio.checkpoint.add");
        TextField title = PortfolioFields.text("portfolio.checkpoint.title", "checkpoint-title",
                PortfolioRules.NAME_MAX);
        DatePicker on = DatePickers.date(dialog.getTranslation("portfolio.checkpoint.on"));
        on.setId("checkpoint-on");
        on.setHelperText(dialog.getTranslation("portfolio.checkpoint.on.help", Formats.date(i.start(),
                UI.getCurrent().getLocale())));
        dialog.add(new FormLayout(title, on));
        FormDialog.saveCancel(dialog, "save-checkpoint", () -> {
            if (on.getValue() == null) {
                throw new ValidationException("portfolio.error.checkpoint-date");
            }
            onSaved.accept(initiatives.addCheckpoint(i.id(), title.getValue(), on.getValue()));
            Notify.success("portfolio.checkpoint.added", title.getValue());
        }).bind(title, "portfolio.error.title").bind(on, "portfolio.error.checkpoint");
        return dialog;
    }

    /** A new date for a checkpoint; the original date stays and the move is kept with its reason. */
    static Dialog move(InitiativeService initiatives, CheckpointRow c, Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("portfolio.checkpoint.move-named", c.title()));
        dialog.setWidth("36rem");
        dialog.add(new Paragraph(dialog.getTranslation("portfolio.checkpoint.move-intro",
                Formats.date(c.originalOn(), UI.getCurrent().getLocale()), Formats.date(c.currentOn(), UI.getCurrent().getLocale()))));
        DatePicker to = DatePickers.date(dialog.getTranslation("portfolio.checkpoint.new-date"), c.currentOn());
        to.setId("move-to");
        TextArea reason = PortfolioFields.area("portfolio.checkpoint.reason", "move-reason", PortfolioRules.TEXT_MAX);
        dialog.add(new FormLayout(to, reason));
        FormDialog.saveCancel(dialog, "save-move", () -> {
            if (to.getValue() == null) {
                throw new ValidationException("portfolio.error.checkpoint-date");
            }
            onSaved.accept(initiatives.moveCheckpoint(c.id(), c.version(), to.getValue(), reason.getValue()));
            Notify.success("portfolio.checkpoint.moved", c.title());
        }).bind(to, "portfolio.error.checkpoint").bind(reason, "portfolio.error.move-reason");
        return dialog;
    }

    static Dialog dependency(InitiativeService initiatives, InitiativeDetails i,
            Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = dialog("portfolio.dependency.add");
        ComboBox<InitiativeRef> other = new ComboBox<>(dialog.getTranslation("portfolio.dependency.on"));
        other.setItems(initiatives.dependencyOptions(i.id()));
        other.setItemLabelGenerator(InitiativeRef::name);
        other.setId("dependency-on");
        other.setWidthFull();
        other.setHelperText(dialog.getTranslation("portfolio.dependency.help", i.name()));
        dialog.add(other);
        FormDialog.saveCancel(dialog, "save-dependency", () -> {
            if (other.getValue() == null) {
                throw new ValidationException("portfolio.error.dependency");
            }
            onSaved.accept(initiatives.addDependency(i.id(), other.getValue().id()));
            Notify.success("portfolio.dependency.added", other.getValue().name());
        }).bind(other, "portfolio.error.dependency").bind(other, "portfolio.error.cycle");
        return dialog;
    }

    private static Dialog dialog(String headerKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation(headerKey));
        dialog.setWidth("36rem");
        return dialog;
    }
}
