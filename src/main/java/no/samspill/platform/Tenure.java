package no.samspill.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import no.samspill.platform.i18n.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * How long someone sits in a group (reference groups, product councils, steering groups): the day they joined and,
 * once they left, the day they left. Leaving keeps the row, so a former member keeps what they took part in. The
 * columns are called joined_on and left_on in every kind of group.
 */
@Embeddable
public class Tenure {

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn = LocalDate.EPOCH;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    protected Tenure() {
    }

    public static Tenure from(LocalDate joinedOn) {
        Tenure t = new Tenure();
        t.joinedOn = joinedOn;
        return t;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public @Nullable LocalDate leftOn() {
        return leftOn;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    /**
     * Ends the tenure on the day. Refused with the feature's message when it has ended already, or the day is
     * before the joining day or after today (a leaving is recorded when it has happened).
     */
    public void end(LocalDate on, LocalDate today, String messageKey) {
        if (!isActive() || on.isBefore(joinedOn) || on.isAfter(today)) {
            throw new ValidationException(messageKey);
        }
        this.leftOn = on;
    }
}
