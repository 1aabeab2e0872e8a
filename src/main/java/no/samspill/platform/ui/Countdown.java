package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;

/** How long until a deadline, as a page shows it beside the deadline itself. */
public final class Countdown {

    private Countdown() {
    }

    /** "3 days left", "5 hours left", "closed": how long until a deadline, in the user's language. */
    public static String text(Instant deadline, Instant now, UI ui) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            return ui.getTranslation("countdown.closed");
        }
        if (left.toDays() >= 2) {
            return ui.getTranslation("countdown.days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return ui.getTranslation("countdown.hours", left.toHours());
        }
        return ui.getTranslation("countdown.minutes", Math.max(1, left.toMinutes()));
    }
}
