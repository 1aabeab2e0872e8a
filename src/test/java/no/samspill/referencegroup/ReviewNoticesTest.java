package no.samspill.referencegroup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.samspill.platform.Mandate;
import no.samspill.procurement.Category;
import no.samspill.support.MutableClock;
import no.samspill.support.NoticeRows;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.samspill.support.NoticeRows.recipients;
import static org.assertj.core.api.Assertions.assertThat;

/** Each review notice kind: the members, or the comment's author, and nobody outside the group. */
@SamspillSpringTest
class ReviewNoticesTest {

    static final String AHUS = ReviewServiceTest.AHUS;

    @Autowired
    GroupService groups;
    @Autowired
    ReviewDocumentService documents;
    @Autowired
    ReviewCommentService comments;
    @Autowired
    ReviewReminders reminders;
    @Autowired
    MutableClock clock;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.logout();
    }

    @Test
    void a_document_opened_for_review_is_told_to_the_group_s_members_and_nobody_else() {
        String title = "Behovsanalyse " + UUID.randomUUID();
        long doc = fixture(title);
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "review-opened", doc);
        assertThat(recipients(rows)).containsExactlyInAnyOrder(id(TestUsers.HSO_MEMBER), id(AHUS));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.route()).isEqualTo("reviews/" + doc);
            assertThat(r.args().getFirst()).isEqualTo(title);
        });
    }

    @Test
    void a_reply_is_told_to_the_comment_s_author_and_not_to_the_replier_or_other_members() {
        long doc = fixture("Svar " + UUID.randomUUID());
        users.login(TestUsers.HSO_MEMBER);
        long section = documents.page(doc, 0).sections().get(1).id();
        CommentRow c = comments.comment(doc, section, "100 gram er for strengt.", false);
        users.login(AHUS);
        comments.reply(c.id(), "Enig, 120 gram holder.");
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "review-reply", doc);
        assertThat(recipients(rows)).containsExactly(id(TestUsers.HSO_MEMBER));
        assertThat(String.join(" ", rows.getFirst().args())).doesNotContain("120 gram");
    }

    @Test
    void a_disposition_is_told_to_the_comment_s_author_only() {
        long doc = fixture("Behandling " + UUID.randomUUID());
        users.login(TestUsers.HSO_MEMBER);
        long section = documents.page(doc, 0).sections().get(1).id();
        CommentRow c = comments.comment(doc, section, "100 gram er for strengt.", false);
        users.login(TestUsers.HSO_LEAD);
        comments.dispose(c.id(), c.version(), Disposition.REJECTED, "Kravet står.");
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "review-disposition", doc);
        assertThat(recipients(rows)).containsExactly(id(TestUsers.HSO_MEMBER));
        assertThat(String.join(" ", rows.getFirst().args())).doesNotContain("Kravet");
    }

    @Test
    void three_days_before_the_window_closes_members_who_have_not_commented_are_reminded_once() {
        String title = "Frist " + UUID.randomUUID();
        long doc = fixture(title);
        users.login(TestUsers.HSO_MEMBER);
        long section = documents.page(doc, 0).sections().get(1).id();
        comments.comment(doc, section, "Vekten er viktig.", false);
        TestUsers.logout();
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        LocalDate closes = LocalDate.now(clock.withZone(oslo)).plusDays(14);

        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "review-closing", doc)).as("not 14 days ahead").isEmpty();

        clock.advance(Duration.between(clock.instant(),
                closes.minusDays(3).atTime(9, 0).atZone(oslo).toInstant()));
        reminders.remind();
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "review-closing", doc);
        assertThat(recipients(rows)).containsExactly(id(AHUS));
        assertThat(rows.getFirst().args()).containsExactly(title, closes.toString());
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "review-closing", doc)).hasSize(1);
    }

    /** A fresh council with Kari (OUS) and the Ahus clinician, and a document open for review from today. */
    private long fixture(String title) {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Råd " + UUID.randomUUID(), null,
                Category.BHM, false, new Mandate("", "", "", null, null, null)));
        LocalDate today = groups.today();
        groups.addMember(g.id(), member(TestUsers.HSO_MEMBER), null, GroupRole.MEMBER, today.minusDays(30));
        groups.addMember(g.id(), member(AHUS), null, GroupRole.MEMBER, today.minusDays(30));
        DocumentSummary d = documents.publish(g.id(), new DocumentForm(title, DocumentKind.NEEDS_ANALYSIS, today,
                today.plusDays(14)), ReviewServiceTest.V1);
        return d.id();
    }

    private long member(String email) {
        return groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
    }

    private long id(String email) {
        return NoticeRows.userId(jdbc, email);
    }
}
