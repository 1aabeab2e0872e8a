package no.samspill.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.BoardReferrals;
import no.samspill.portfolio.ReferralRow;
import no.samspill.portfolio.BoardView;
import no.samspill.portfolio.TargetVersionRow;
import org.jspecify.annotations.Nullable;

/**
 * The board: its next meeting (or that none is planned), sending the target picture's draft for the board to adopt
 * by a decision (ADR 030), and every paper sent with the board's outcome and reason.
 */
class BoardSection extends VerticalLayout {

    private final BoardReferrals referrals;
    private final long portfolioId;
    private final ZoneId zone;
    private @Nullable String next;

    BoardSection(BoardReferrals referrals, ZoneId zone, long portfolioId) {
        this.referrals = referrals;
        this.portfolioId = portfolioId;
        this.zone = zone;
        setPadding(false);
        setId("intake-board");
        refresh();
    }

    void refresh() {
        removeAll();
        BoardView view = referrals.board(portfolioId);
        next = view.nextMeeting().map(m -> Formats.dateTime(m.startsAt(), zone, getLocale())).orElse(null);
        add(new H3(getTranslation("portfolio.board.heading")));
        if (view.manages()) {
            Paragraph line = new Paragraph(view.nextMeeting().map(m -> getTranslation("portfolio.board.next",
                    Formats.dateTime(m.startsAt(), zone, getLocale()), m.place()))
                    .orElse(getTranslation("portfolio.board.no-meeting")));
            line.setId("board-next");
            add(line);
        }
        TargetVersionRow draft = view.draft();
        if (draft != null && view.manages()) {
            Button send = new Button(getTranslation("portfolio.board.send-target", draft.number(), draft.title()),
                    e -> Confirm.action(getTranslation("portfolio.board.send-target-title"),
                            getTranslation("portfolio.board.send-target-text", draft.title()),
                            getTranslation("portfolio.intake.send"), () -> {
                                ReferralRow r = referrals.sendTarget(draft.id(), draft.version(),
                                        Downloads.translator());
                                Notify.success("portfolio.intake.sent-ok", r.paperNumber());
                                refresh();
                            }));
            send.setId("board-send-target");
            add(send);
        }
        Grid<ReferralRow> grid = new Grid<>();
        grid.setId("board-referrals");
        grid.setAllRowsVisible(true);
        grid.addColumn(ReferralRow::paperNumber).setHeader(getTranslation("portfolio.board.paper")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("portfolio.board.subject." + r.subject().name(), r.subjectName()))
                .setHeader(getTranslation("portfolio.board.subject")).setFlexGrow(2);
        grid.addColumn(r -> r.outcome() == null ? getTranslation("portfolio.board.waiting")
                : getTranslation(r.outcome().labelKey())).setHeader(getTranslation("portfolio.board.outcome"))
                .setAutoWidth(true);
        grid.addColumn(ReferralRow::reason).setHeader(getTranslation("portfolio.board.reason")).setFlexGrow(3);
        grid.setItems(view.sent());
        add(grid);
    }

    /** When the next meeting is, as read for this section; null when none is planned or the reader may not see it. */
    @Nullable String next() {
        return next;
    }
}
