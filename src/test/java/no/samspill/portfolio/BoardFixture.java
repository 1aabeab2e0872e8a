package no.samspill.portfolio;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.time.TenantTime;
import no.samspill.steeringgroup.DecisionForm;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.DecisionOutcome;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.SteeringMeetingService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The board's side for portfolio tests, as the logged-in secretary: a meeting today (the next one), the board's
 * decision on a paper, and a target picture adopted through the board (ADR 030).
 */
@Component
class BoardFixture {

    private final SteeringMeetingService meetings;
    private final BoardReferrals referrals;
    private final TargetPictureService targets;
    private final I18NProvider i18n;
    private final Clock clock;
    private final TenantTime time;

    BoardFixture(SteeringMeetingService meetings, BoardReferrals referrals, TargetPictureService targets,
            I18NProvider i18n, Clock clock, TenantTime time) {
        this.meetings = meetings;
        this.referrals = referrals;
        this.targets = targets;
        this.i18n = i18n;
        this.clock = clock;
        this.time = time;
    }

    Translator nb() {
        return Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
    }

    /** A meeting now: today's, so it is the board's next and can decide today. */
    MeetingDetails meetingToday(long boardId) {
        return meetings.plan(boardId, clock.instant(), "Teams");
    }

    MeetingDetails decide(long meetingId, long paperId, @Nullable DecisionOutcome outcome, String reason) {
        return meetings.decide(meetingId, paperId, null, new DecisionForm(DecisionKind.OTHER, "Vedtatt.",
                // the meeting's own date, in the tenant's zone: after 23:00 UTC it is already tomorrow in Oslo
                time.today(), "Styret", "", outcome, reason));
    }

    /** Sends the draft to the board, which approves it at a meeting today. */
    TargetTree adopt(PortfolioFixture.Made p, TargetTree draft) {
        MeetingDetails m = meetingToday(p.boardId());
        ReferralRow sent = referrals.sendTarget(draft.version().id(), draft.version().version(), nb());
        MeetingDetails decided = decide(m.id(), sent.paperId(), DecisionOutcome.APPROVED, "");
        meetings.approveMinutes(decided.id(), decided.version());
        return targets.tree(draft.version().id());
    }
}
