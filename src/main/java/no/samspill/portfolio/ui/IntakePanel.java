package no.samspill.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.BoardReferrals;
import no.samspill.portfolio.CriteriaWeights;
import no.samspill.portfolio.Intake;
import no.samspill.portfolio.IntakeService;
import no.samspill.portfolio.MergeRow;
import no.samspill.portfolio.ProposalMerger;
import no.samspill.portfolio.ProposalRow;
import org.jspecify.annotations.Nullable;

/**
 * Intake: the proposals ranked by the board's weighted score, mandatory ones first whatever their score; proposing,
 * scoring, merging (with a confirmation) and sending to the board's next meeting. The board section below sends the
 * target picture's draft and lists what the board decided. Renderers read only the row.
 */
class IntakePanel extends VerticalLayout {

    private final IntakeService intake;
    private final ProposalMerger merger;
    private final BoardReferrals referrals;
    private final BoardSection board;
    private final long portfolioId;
    private final Grid<ProposalRow> grid = new Grid<>();
    private final Paragraph weights = new Paragraph();
    private final Paragraph merged = new Paragraph();
    private final Button score = new Button();
    private final Button merge = new Button();
    private final Button send = new Button();
    private final Button weigh = new Button();
    private Intake shown;

    IntakePanel(IntakeService intake, ProposalMerger merger, BoardReferrals referrals, BoardSection board,
            long portfolioId) {
        this.intake = intake;
        this.merger = merger;
        this.referrals = referrals;
        this.board = board;
        this.portfolioId = portfolioId;
        setPadding(false);
        setId("intake");
        shown = intake.intake(portfolioId);
        grid.setId("intake-list");
        grid.setAllRowsVisible(true);
        grid.addColumn(ProposalRow::rank).setHeader(getTranslation("portfolio.intake.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProposalRow::name).setHeader(getTranslation("portfolio.intake.name")).setFlexGrow(2);
        grid.addColumn(ProposalRow::ownerName).setHeader(getTranslation("portfolio.status.owner"));
        grid.addColumn(this::mandatory).setHeader(getTranslation("portfolio.intake.mandatory")).setFlexGrow(2);
        grid.addColumn(this::weighted).setHeader(getTranslation("portfolio.intake.weighted")).setAutoWidth(true);
        grid.addColumn(this::scores).setHeader(getTranslation("portfolio.intake.scores")).setAutoWidth(true);
        grid.addColumn(r -> r.paperNumber() == null ? "" : getTranslation("portfolio.intake.sent", r.paperNumber()))
                .setHeader(getTranslation("portfolio.intake.board")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> enable(e.getValue()));

        Button propose = new Button(getTranslation("portfolio.intake.propose"), e -> new ProposeDialog(intake,
                portfolioId, r -> refresh()).open());
        propose.setId("intake-propose");
        score.setText(getTranslation("portfolio.intake.score"));
        score.setId("intake-score");
        score.addClickListener(e -> selected().ifPresent(r -> new ScoreDialog(intake, r, x -> refresh()).open()));
        merge.setText(getTranslation("portfolio.intake.merge"));
        merge.setId("intake-merge");
        merge.addClickListener(e -> selected().ifPresent(r -> new MergeDialog(merger, r, shown.proposals(),
                x -> refresh()).open()));
        send.setText(getTranslation("portfolio.intake.send"));
        send.setId("intake-send");
        send.addClickListener(e -> selected().ifPresent(this::confirmSend));
        weigh.setText(getTranslation("portfolio.intake.set-weights"));
        weigh.setId("intake-weights");
        weigh.addClickListener(e -> new WeightsDialog(intake, portfolioId, shown.weights(), w -> refresh()).open());
        HorizontalLayout actions = new HorizontalLayout(propose, score, merge, send);
        HorizontalLayout weightLine = new HorizontalLayout(weights, weigh);
        weightLine.setAlignItems(Alignment.BASELINE);
        Paragraph scale = new Paragraph(getTranslation("portfolio.intake.scale"));
        scale.addClassName("samspill-muted");
        merged.setId("intake-merged");
        add(new H2(getTranslation("portfolio.intake.heading")), weightLine, scale, actions, grid,
                new H3(getTranslation("portfolio.intake.merged")), merged, board);
        show(shown);
    }

    private void confirmSend(ProposalRow r) {
        // the time read with the board section; the service checks again when it sends
        String when = board.next() != null ? board.next() : getTranslation("portfolio.intake.no-meeting-short");
        Confirm.action(getTranslation("portfolio.intake.send-title", r.name()),
                getTranslation("portfolio.intake.send-text", r.name(), when), getTranslation("portfolio.intake.send"),
                () -> {
                    var sent = referrals.sendProposal(r.initiativeId(), r.version(), Downloads.translator());
                    Notify.success("portfolio.intake.sent-ok", sent.paperNumber());
                    refresh();
                });
    }

    private void refresh() {
        Changes.run(() -> show(intake.intake(portfolioId)));
        board.refresh();
    }

    private void show(Intake intake) {
        shown = intake;
        CriteriaWeights w = intake.weights();
        weights.setText(getTranslation("portfolio.intake.weights", w.benefit(), w.cost(), w.risk(), w.fit()));
        grid.setItems(intake.proposals());
        List<MergeRow> rows = intake.merges();
        merged.setText(rows.isEmpty() ? getTranslation("portfolio.intake.merged-none") : String.join("\n",
                rows.stream().map(m -> getTranslation("portfolio.intake.merged-line", m.fromName(), m.intoName()))
                        .toList()));
        merged.addClassName("samspill-prewrap");
        weigh.setVisible(intake.manages());
        score.setVisible(intake.manages());
        merge.setVisible(intake.manages());
        send.setVisible(intake.manages());
        enable(null);
    }

    private void enable(@Nullable ProposalRow r) {
        score.setEnabled(r != null);
        merge.setEnabled(r != null && shown.proposals().size() > 1);
        send.setEnabled(r != null && r.paperNumber() == null);
    }

    private java.util.Optional<ProposalRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private String mandatory(ProposalRow r) {
        return r.mandatory() ? getTranslation("portfolio.intake.mandatory-yes", r.mandatoryBasis()) : "";
    }

    private String weighted(ProposalRow r) {
        if (r.weighted() == null) {
            return getTranslation("portfolio.intake.not-scored");
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(r.weighted());
    }

    private String scores(ProposalRow r) {
        return r.benefit() == null ? "–" : getTranslation("portfolio.intake.score-cells", r.benefit(), r.cost(),
                r.risk(), r.fit());
    }
}
