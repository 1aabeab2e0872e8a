package no.samspill.portfolio.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.PeriodLength;
import no.samspill.portfolio.PortfolioDetails;
import no.samspill.portfolio.PortfolioService;

/** The board's status period: tertial by default, or month, quarter or half year. */
final class PeriodDialog {

    private PeriodDialog() {
    }

    static void open(PortfolioService portfolios, PortfolioDetails portfolio, Consumer<PortfolioDetails> onSaved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("portfolio.period.change"));
        dialog.setWidth("32rem");
        dialog.add(new Paragraph(dialog.getTranslation("portfolio.period.intro")));
        RadioButtonGroup<PeriodLength> length = new RadioButtonGroup<>(dialog.getTranslation("portfolio.period.label"));
        length.setItems(PeriodLength.values());
        length.setItemLabelGenerator(p -> dialog.getTranslation(p.labelKey()));
        length.setValue(PeriodLength.ofMonths(portfolio.periodMonths()));
        length.setId("period-length");
        dialog.add(length);
        FormDialog.saveCancel(dialog, "save-period", () -> {
            onSaved.accept(portfolios.changePeriod(portfolio.id(), portfolio.version(), length.getValue()));
            Notify.success("common.saved");
        });
        dialog.open();
    }
}
