package no.samspill.steeringgroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.steeringgroup.DecisionForm;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.DecisionOutcome;
import no.samspill.steeringgroup.DecisionRow;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringMeetingService;
import org.jspecify.annotations.Nullable;

/** Recording the decision on a paper: the conclusion starts as the proposal and can be changed before saving. */
class DecisionDialog extends Dialog {

    DecisionDialog(SteeringMeetingService meetings, PaperView paper, MeetingDetails meeting, LocalDate today,
            ZoneId zone, Consumer<MeetingDetails> onSaved) {
        // correcting the meeting's own decision starts from what was recorded, not from the proposal
        @Nullable DecisionRow existing = meeting.decisions().stream().filter(d -> d.paperId() == paper.id())
                .findFirst().orElse(null);
        setHeaderTitle(getTranslation("steering.decide-title", paper.number(), paper.content().title()));
        setWidth("44rem");
        String proposal = IntStream.range(0, paper.content().proposal().size())
                .mapToObj(i -> (i + 1) + ". " + paper.content().proposal().get(i)).collect(Collectors.joining("\n"));
        Paragraph proposed = new Paragraph(getTranslation("steering.paper.proposal") + ":\n" + proposal);
        proposed.addClassNames("samspill-prewrap", "samspill-muted");
        TextArea conclusion = new TextArea(getTranslation("steering.decision.conclusion"),
                existing == null ? proposal : existing.conclusion(), "");
        conclusion.setId("decision-conclusion");
        conclusion.setWidthFull();
        ComboBox<DecisionKind> kind = new ComboBox<>(getTranslation("steering.paper.decision-kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(existing == null || existing.kind() == null ? paper.content().decisionKind() : existing.kind());
        // a new decision is dated at its meeting, the usual case, once the meeting has been held
        LocalDate held = meeting.startsAt().atZone(zone).toLocalDate();
        DatePicker on = DatePickers.date(getTranslation("steering.decision.date"),
                existing != null ? existing.decidedOn() : held.isAfter(today) ? today : held);
        TextArea present = new TextArea(getTranslation("steering.decision.present"));
        present.setId("decision-present");
        TextArea dissent = new TextArea(getTranslation("steering.decision.dissent"));
        // approved or rejected settles what another module sent (a portfolio proposal); empty settles nothing
        ComboBox<DecisionOutcome> outcome = new ComboBox<>(getTranslation("steering.decision.outcome"));
        outcome.setId("decision-outcome");
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setClearButtonVisible(true);
        TextArea reason = new TextArea(getTranslation("steering.decision.reason"));
        reason.setId("decision-reason");
        reason.setHelperText(getTranslation("steering.decision.reason-help"));
        if (existing != null) {
            present.setValue(existing.present());
            dissent.setValue(existing.dissent());
            outcome.setValue(existing.outcome());
            reason.setValue(existing.reason());
        }
        FormLayout form = new FormLayout(conclusion, kind, on, present, dissent, outcome, reason);
        form.setColspan(conclusion, 2);
        add(proposed, form);
        FormDialog.saveCancel(this, "save-decision", () -> {
            if (on.getValue() == null) {
                throw new ValidationException("steering.decision.error.date");
            }
            onSaved.accept(meetings.decide(meeting.id(), paper.id(), existing == null ? null : existing.version(),
                    new DecisionForm(kind.getValue(), conclusion.getValue(), on.getValue(), present.getValue(),
                            dissent.getValue(), outcome.getValue(), reason.getValue())));
        }).bind(on, "steering.decision.error.date").bind(reason, "steering.decision.error.reason");
    }
}
