package no.samspill.notifications;

import java.util.List;
import java.util.Optional;
import no.samspill.notifications.domain.OutboxMailRepository;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.security.AccessPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the platform admin sees it: every mail with its status, tries and last error, in all profiles (so
 * failed mail is noticed in production too). The bodies, whose links log people in, only outside the prod profile.
 */
@Service
public class SentMailService {

    private final OutboxMailRepository mails;
    private final AccessPolicy access;
    private final boolean bodiesShown;

    SentMailService(OutboxMailRepository mails, AccessPolicy access, Environment environment) {
        this.mails = mails;
        this.access = access;
        this.bodiesShown = !environment.matchesProfiles("prod");
    }

    @Transactional(readOnly = true)
    public List<MailRow> search(@Nullable MailStatus status, long offset, int limit) {
        access.requirePlatformAdmin();
        return mails.search(status, OffsetLimit.of(offset, limit, Sort.unsorted()));
    }

    @Transactional(readOnly = true)
    public long count(@Nullable MailStatus status) {
        access.requirePlatformAdmin();
        return mails.count(status);
    }

    /** The mail's content; empty in the prod profile, where a link in it would let the admin act as the recipient. */
    @Transactional(readOnly = true)
    public Optional<MailBody> body(long id) {
        access.requirePlatformAdmin();
        if (!bodiesShown) {
            return Optional.empty();
        }
        return mails.findById(id).map(m -> new MailBody(m.getBodyText(), m.getBodyHtml()));
    }

    public boolean bodiesShown() {
        return bodiesShown;
    }
}
