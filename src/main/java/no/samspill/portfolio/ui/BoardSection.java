package no.samspill.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.BoardReferrals;
import no.samspill.portfolio.ReferralRow;
import no.samspill.portfolio.ReferralSubject;
import no.samspill.portfolio.TargetPictureService;
import no.samspill.portfolio.TargetState;
import no.samspill.portfolio.TargetVersionRow;

/**
 * The board: its next meeting (or that none is planned), sending the target picture's draft for the board to adopt
 * by a decision (ADR 030), and every paper sent with the board's outcome and reason.
 */
class BoardSection extends VerticalLayout {

    private final BoardReferrals referrals;
    private final TargetPictureService targets;
    private final long portfolioId;
    private final boolean manages;
    private final ZoneId zone;

    BoardSection(BoardReferrals referrals, TargetPictureService targets, long portfolioId, boolean manages) {
        this.referrals = referrals;
        this.targets = targets;
        this.portfolioId = portfolioId;
        this.manages = manages;
        this.zone = targets.zone();
        setPadding(false);
        setId("intake-board");
        refresh();
    }

    ZoneId zone() {
        return zone;
    }

    void refresh() {
        removeAll();
        add(new H3(getTranslation("portfolio.board.heading")));
        if (manages) {
            Paragraph next = new Paragraph(referrals.nextMeeting(portfolioId)
                    .map(m -> getTranslation("portfolio.board.next", Formats.dateTime(m.startsAt(), zone,
                            getLocale()), m.place())).orElse(getTranslation("portfolio.board.no-meeting")));
            next.setId("board-next");
            add(next);
        }
        List<TargetVersionRow> versions = targets.versions(portfolioId);
        versions.stream().filter(v -> v.state() == TargetState.DRAFT).findFirst().filter(v -> manages)
                .ifPresent(draft -> {
                    Button send = new Button(getTranslation("portfolio.board.send-target", draft.number(),
                            draft.title()), e -> Confirm.action(getTranslation("portfolio.board.send-target-title"),
                            getTranslation("portfolio.board.send-target-text", draft.title()),
                            getTranslation("portfolio.intake.send"), () -> {
                                ReferralRow r = referrals.sendTarget(draft.id(), draft.version(),
                                        Downloads.translator());
                                Notify.success("portfolio.intake.sent-ok", r.paperNumber());
                                refresh();
                            }));
                    send.setId("board-send-target");
                    add(send);
                });
        List<ReferralRow> sent = new ArrayList<>(referrals.history(portfolioId, ReferralSubject.INITIATIVE));
        sent.addAll(referrals.history(portfolioId, ReferralSubject.TARGET));
        Grid<ReferralRow> grid = new Grid<>();
        grid.setId("board-referrals");
        grid.setAllRowsVisible(true);
        grid.addColumn(ReferralRow::paperNumber).setHeader(getTranslation("portfolio.board.paper")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("portfolio.board.subject." + r.subject().name(), r.subjectName()))
                .setHeader(getTranslation("portfolio.board.subject")).setAutoWidth(true);
        grid.addColumn(r -> r.outcome() == null ? getTranslation("portfolio.board.waiting")
                : getTranslation(r.outcome().labelKey())).setHeader(getTranslation("portfolio.board.outcome"))
                .setAutoWidth(true);
        grid.addColumn(ReferralRow::reason).setHeader(getTranslation("portfolio.board.reason")).setFlexGrow(3);
        grid.setItems(sent);
        add(grid);
    }
}
