package no.samspill.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.samspill.identity.AccountService;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Fresh users and notices for the notice tests: each test has people and objects no other test touches. */
@Component
public class NoticeTestSupport {

    public static final String HSO = "Helse Sør-Øst RHF";
    /** Objects of these tests get ids far above anything the demo data has, each test its own. */
    private static final AtomicLong OBJECT_IDS = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L * 100);

    private final Notifier notifier;
    private final UserAdminService userAdmin;
    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final AccountService accounts;
    private final Inbox inbox;

    NoticeTestSupport(Notifier notifier, UserAdminService userAdmin, TestUsers users, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, Clock clock, AccountService accounts, Inbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
        this.notifier = notifier;
        this.userAdmin = userAdmin;
        this.users = users;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A new member of Helse Sør-Øst (zone Europe/Oslo) who reads the portal in the given language. */
    public Person newMember(String prefix, String name, Language language) {
        String email = TestUsers.uniqueEmail(prefix);
        users.login(TestUsers.HSO_ADMIN);
        try {
            userAdmin.invite(new InviteCommand(email, name, Set.of(Role.MEMBER), null, language));
        } finally {
            TestUsers.logout();
        }
        // an invitation grants nothing until it is accepted: the link from the mail sets the password and does
        accounts.setPassword(inbox.token(email), "et langt passord for varsler", "et langt passord for varsler");
        return new Person(userId(email), email);
    }

    public long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    public long tenantId(String name) {
        return jdbc.queryForObject("select id from tenant where name = ?", Long.class, name);
    }

    public static long newObjectId() {
        return OBJECT_IDS.incrementAndGet();
    }

    public void post(Notice notice) {
        transactions.executeWithoutResult(s -> notifier.post(notice));
    }

    public Notice answerPublished(long objectId, String dialogue, @Nullable Long actor, Long... recipients) {
        return new Notice(NoticeCategory.MARKET_DIALOGUE, "dialogue-qa-published", tenantId(HSO), "dialogue",
                objectId, "dialogues/" + objectId, List.of(dialogue, "1"), Set.of(recipients), actor, clock.instant(),
                "answer-" + newObjectId());
    }

    public Notice itemAssigned(long objectId, String item, Long... recipients) {
        return new Notice(NoticeCategory.ACTION_PLAN, "action-item-assigned", tenantId(HSO), "action-item",
                objectId, "action-plans/items/" + objectId, List.of("A1", item), Set.of(recipients), null,
                clock.instant(), "assigned");
    }

    public List<Long> noticeIds(long userId) {
        return jdbc.queryForList("select id from notice where recipient_user_id = ? order by id", Long.class, userId);
    }

    public List<java.util.Map<String, Object>> outbox(String email) {
        // the invitation that made the person is an account mail, not a notice's
        return jdbc.queryForList("select subject, body_text, category, dedupe_key, headers from mail_outbox "
                + "where recipient = ? and category <> 'account' order by id", email);
    }

    public record Person(long id, String email) {
    }
}
