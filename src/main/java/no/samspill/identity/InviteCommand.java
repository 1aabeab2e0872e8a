package no.samspill.identity;

import java.util.Set;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import org.jspecify.annotations.Nullable;

public record InviteCommand(String email, String displayName, Set<Role> roles, @Nullable Long unitId,
        Language language) {

    public InviteCommand {
        roles = Set.copyOf(roles);
    }
}
