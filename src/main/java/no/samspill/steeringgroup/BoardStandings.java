package no.samspill.steeringgroup;

import java.util.Optional;
import no.samspill.platform.i18n.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How another module learns where the current user stands towards a steering group, through the group's own access
 * rules ({@link SteeringAccess}): empty when the group is unknown to the user, so the caller answers "not found".
 */
@Component
public class BoardStandings {

    private final SteeringAccess access;

    BoardStandings(SteeringAccess access) {
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Optional<BoardStanding> standing(long groupId) {
        try {
            SteeringAccess.Reader reader = access.read(groupId);
            return Optional.of(new BoardStanding(groupId, reader.group().getTenantId(), reader.group().getName(),
                    reader.group().getKind(), reader.admin(), reader.membership().map(m -> m.getRole())));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
