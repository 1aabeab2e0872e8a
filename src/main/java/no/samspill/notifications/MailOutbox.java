package no.samspill.notifications;

import java.time.Clock;
import no.samspill.notifications.domain.OutboxMailRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The way to send mail: {@link #enqueue} stores the mail in the caller's transaction, so it exists exactly when the
 * change that caused it was committed. Delivery happens after the commit, by {@link MailSender}, and never blocks or
 * fails the caller's action.
 */
@Service
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final MailRenderer renderer;
    private final MailSender sender;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, MailRenderer renderer, MailSender sender, Clock clock) {
        this.mails = mails;
        this.renderer = renderer;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Queues the mail in the current transaction (there must be one: a mail without the change it reports would
     * be a lie). A mail whose dedupe key is already queued or sent is ignored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        MailRenderer.Rendered rendered = renderer.render(mail);
        mails.insertUnlessDuplicate(clock.instant(), mail.recipient(), mail.replyTo(), rendered.subject(),
                rendered.text(), rendered.html(), mail.category(), mail.dedupeKey(), mail.headerLines());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.nudge();
            }
        });
    }
}
