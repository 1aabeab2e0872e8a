package no.samspill.portfolio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.MergeRow;
import no.samspill.portfolio.ProposalMerger;
import no.samspill.portfolio.ProposalRow;

/**
 * Merging the selected proposal into another that overlaps it: choose the one it goes into, then confirm, since
 * the merged proposal stops (its history stays readable).
 */
class MergeDialog extends Dialog {

    MergeDialog(ProposalMerger merger, ProposalRow from, List<ProposalRow> proposals, Consumer<MergeRow> onMerged) {
        setHeaderTitle(getTranslation("portfolio.intake.merge-title", from.name()));
        ComboBox<ProposalRow> into = new ComboBox<>(getTranslation("portfolio.intake.merge-into"));
        into.setId("merge-into");
        into.setItems(proposals);
        into.setItemLabelGenerator(ProposalRow::name);
        into.setWidthFull();
        Paragraph keeps = new Paragraph(getTranslation("portfolio.intake.merge-keeps"));
        keeps.addClassName("samspill-muted");
        add(into, keeps);
        // the choice is checked here and by the service; the confirmation then runs the merge
        FormDialog.of(this, "portfolio.intake.merge", "merge-next", () -> {
            ProposalRow target = into.getValue();
            if (target == null) {
                throw new ValidationException("portfolio.intake.error.merge-choose");
            }
            if (target.initiativeId() == from.initiativeId()) {
                throw new ValidationException("portfolio.intake.error.merge-self");
            }
            Confirm.danger(getTranslation("portfolio.intake.merge-confirm-title"),
                    getTranslation("portfolio.intake.merge-confirm", from.name(), target.name()),
                    getTranslation("portfolio.intake.merge"), () -> {
                        MergeRow row = merger.merge(from.initiativeId(), from.version(), target.initiativeId(),
                                target.version());
                        Notify.success("portfolio.intake.merged-ok", row.fromName(), row.intoName());
                        onMerged.accept(row);
                    });
        }).bind(into, "portfolio.intake.error.merge-");
    }
}
