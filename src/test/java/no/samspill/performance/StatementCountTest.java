package no.samspill.performance;

import com.vaadin.flow.component.UI;
import java.util.List;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.support.KaribuTest;
import no.samspill.support.Requests;
import no.samspill.support.StatementCounting;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements one navigation sends, per view, on the demo data (ARCHITECTURE rule 9). The figures are
 * printed so that a change shows its effect; the bounds catch a view that starts to query per row.
 */
class StatementCountTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessPolicy access;

    @Test
    void every_view_navigation_sends_a_bounded_number_of_statements() {
        long project = id("select min(p.id) from procurement_project p join tenant t on t.id = p.tenant_id"
                + " where t.code = 'helse-sor-ost'");
        long dialogue = id("select min(d.id) from market_dialogue d join tenant t on t.id = d.tenant_id"
                + " where t.code = 'helse-sor-ost'");
        long answered = id("select min(p.dialogue_id) from dialogue_participant p join tenant t"
                + " on t.id = p.supplier_tenant_id where t.code = 'ge-healthcare'");
        long group = id("select min(g.id) from ref_group g join tenant t on t.id = g.tenant_id"
                + " where t.code = 'helse-sor-ost'");
        long review = id("select min(r.id) from review_document r join ref_group g on g.id = r.group_id"
                + " join tenant t on t.id = g.tenant_id where t.code = 'helse-sor-ost'");
        long plan = id("select min(id) from action_plan");
        long item = id("select min(id) from action_item where plan_id = " + plan);
        long roundTable = id("select min(id) from round_table");
        long steering = id("select min(id) from steering_group");
        long meeting = id("select min(id) from steering_meeting where group_id = " + steering);
        List<Case> cases = List.of(
                // the dashboard composes the cards of seven modules (projects, groups, reviews, packages, invitations, account,
                // audit) on top of the request's grant lookup and the layout; the reference group cards still read each
                // meeting's attendees (referencegroup, in hand in its own branch), so the bound leaves room for that
                new Case(TestUsers.HSO_LEAD, "", 36),
                new Case(TestUsers.HSO_LEAD, "projects", 20),
                // the overview and four feature tabs (dialogues, reference groups, action items, steering), built with the
                // page because ProjectTab.create decides whether a tab shows; procurement, dialogues and steering read a fixed
                // number, the reference group tab still reads the project once per group (referencegroup, in hand in its
                // own branch; ProjectService.refs/requireReadable serve it), which other tests' groups add to
                new Case(TestUsers.HSO_LEAD, "projects/" + project, 44),
                new Case(TestUsers.HSO_LEAD, "dialogues/" + dialogue, 20),
                new Case(TestUsers.GE_USER, "market-dialogues", 20),
                new Case(TestUsers.GE_USER, "market-dialogues/" + answered, 20),
                new Case(TestUsers.HSO_LEAD, "groups", 200),
                new Case(TestUsers.HSO_LEAD, "groups/" + group, 200),
                new Case(TestUsers.HSO_LEAD, "reviews/" + review, 200),
                new Case(TestUsers.SKI_ADMIN, "action-plans", 20),
                new Case(TestUsers.SKI_ADMIN, "action-plans/" + plan, 20),
                new Case(TestUsers.SKI_ADMIN, "action-plans/items/" + item, 20),
                new Case(TestUsers.SKI_ADMIN, "round-tables", 20),
                new Case(TestUsers.SKI_ADMIN, "round-tables/" + roundTable, 20),
                new Case(TestUsers.SKI_ADMIN, "steering", 20),
                new Case(TestUsers.SKI_ADMIN, "steering/" + steering, 20),
                new Case(TestUsers.SKI_ADMIN, "steering/meetings/" + meeting, 20),
                new Case(TestUsers.HSO_ADMIN, "users", 200),
                new Case(TestUsers.HSO_ADMIN, "organisation", 200),
                new Case(TestUsers.HSO_ADMIN, "audit", 20),
                new Case(TestUsers.HSO_LEAD, "notifications", 200),
                new Case(TestUsers.PLATFORM_ADMIN, "tenants", 200),
                new Case(TestUsers.PLATFORM_ADMIN, "admin/mail", 200));
        // the statement that reads a user's memberships for the access policy, as this build's JPA writes it
        users.login(TestUsers.HSO_LEAD);
        String grantLookup = StatementCounting.statementsOf(access::current).getFirst();
        TestUsers.logout();
        StringBuilder report = new StringBuilder("statements per navigation:\n");
        for (Case c : cases) {
            users.login(c.user());
            // a fresh page shows the dashboard; that load is the dashboard's navigation, any other is counted alone
            List<String> home = StatementCounting.statementsOf(
                    () -> Requests.inOne(() -> UI.getCurrent().getPage().reload()));
            List<String> sent = c.route().isEmpty() ? home
                    : StatementCounting.statementsOf(() -> Requests.inOne(() -> UI.getCurrent().navigate(c.route())));
            // -Dstatements.dump=/projects/1,/dialogues/1 prints those views' statements
            if (List.of(System.getProperty("statements.dump", "").split(",")).contains("/" + c.route())) {
                sent.forEach(q -> System.out.println("  SQL /" + c.route() + " " + q));
            }
            long grantReads = sent.stream().filter(grantLookup::equals).count();
            assertThat(grantReads).as("grant lookups of /%s", c.route()).isLessThanOrEqualTo(1);
            report.append(String.format("  %-28s %-30s %4d%n", "/" + c.route(), c.user(), sent.size()));
            assertThat(sent).as("statements of /%s as %s", c.route(), c.user()).hasSizeLessThanOrEqualTo(c.bound());
            TestUsers.logout();
        }
        System.out.print(report);
    }

    private long id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    private record Case(String user, String route, int bound) {
    }
}
