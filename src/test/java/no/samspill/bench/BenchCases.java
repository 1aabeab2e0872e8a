package no.samspill.bench;

import java.util.List;
import no.samspill.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views the benchmark opens, each as the demo user who would, on the largest object of its kind that user
 * reaches at scale: the dialogue with most participants, the review with most comments, the plan with most items.
 */
public final class BenchCases {

    /** One navigation: who, where to, the route's template (ids as :id), and which object it opens. */
    public record Case(String user, String route, String template, String object) {
    }

    private BenchCases() {
    }

    public static List<Case> all(JdbcTemplate jdbc) {
        // left joins, so that on the demo data, too, each query finds the object with most rows (perhaps none)
        long dialogue = id(jdbc, "select d.id from market_dialogue d join tenant t on t.id = d.tenant_id"
                + " left join dialogue_participant p on p.dialogue_id = d.id where t.code = 'helse-sor-ost'"
                + " group by d.id order by count(p.id) desc, d.id limit 1");
        long project = id(jdbc, "select project_id from market_dialogue where id = " + dialogue);
        long answered = id(jdbc, "select g.dialogue_id from dialogue_participant g join tenant t"
                + " on t.id = g.supplier_tenant_id left join dialogue_participant p on p.dialogue_id = g.dialogue_id"
                + " where t.code = 'ge-healthcare' group by g.dialogue_id"
                + " order by max(g.status = 'SUBMITTED') desc, count(p.id) desc, g.dialogue_id limit 1");
        long group = id(jdbc, "select g.id from ref_group g join tenant t on t.id = g.tenant_id"
                + " left join ref_group_member m on m.group_id = g.id where t.code = 'helse-sor-ost' group by g.id"
                + " order by count(m.id) desc, g.id limit 1");
        long review = id(jdbc, "select r.id from review_document r join ref_group g on g.id = r.group_id"
                + " join tenant t on t.id = g.tenant_id left join review_comment c on c.document_id = r.id"
                + " where t.code = 'helse-sor-ost' group by r.id order by count(c.id) desc, r.id limit 1");
        long plan = id(jdbc, "select p.id from action_plan p join tenant t on t.id = p.tenant_id"
                + " left join action_item i on i.plan_id = p.id where t.code = 'sykehusinnkjop' group by p.id"
                + " order by count(i.id) desc, p.id limit 1");
        long item = id(jdbc, "select min(id) from action_item where plan_id = " + plan);
        long roundTable = id(jdbc, "select r.id from round_table r join tenant t on t.id = r.tenant_id"
                + " left join round_table_entry e on e.conference_id = r.id where t.code = 'sykehusinnkjop'"
                + " group by r.id order by count(e.id) desc, r.id limit 1");
        long steering = id(jdbc, "select g.id from steering_group g join tenant t on t.id = g.tenant_id"
                + " left join steering_meeting m on m.group_id = g.id where t.code = 'sykehusinnkjop' group by g.id"
                + " order by count(m.id) desc, g.id limit 1");
        long portfolio = id(jdbc, "select p.id from portfolio p left join initiative i on i.portfolio_id = p.id"
                + " group by p.id order by count(i.id) desc, p.id limit 1");
        long initiative = id(jdbc, "select min(id) from initiative where portfolio_id = " + portfolio);
        long meeting = id(jdbc, "select m.id from steering_meeting m where m.group_id = " + steering
                + " order by m.minutes_approved desc, m.id desc limit 1");
        long knowledgeCase = id(jdbc, "select c.id from kb_case c left join kb_case_company k on k.case_id = c.id"
                + " where c.status = 'PUBLISHED' group by c.id order by count(k.case_id) desc, c.id limit 1");
        // the demo's register (2026/0142), where the lead has declared and decided a tie
        long declared = id(jdbc, "select min(project_id) from impartiality_register");
        return List.of(
                new Case(TestUsers.HSO_LEAD, "", "", "dashboard"),
                new Case(TestUsers.HSO_LEAD, "projects", "projects", "list"),
                new Case(TestUsers.HSO_LEAD, "projects/" + project, "projects/:id", "project of the largest dialogue"),
                new Case(TestUsers.HSO_LEAD, "dialogues/" + dialogue, "dialogues/:id",
                        "dialogue with most participants"),
                new Case(TestUsers.GE_USER, "market-dialogues", "market-dialogues", "list"),
                new Case(TestUsers.GE_USER, "market-dialogues/" + answered, "market-dialogues/:id",
                        "GE's largest answered dialogue"),
                new Case(TestUsers.HSO_LEAD, "projects/" + declared + "/declaration", "projects/:id/declaration",
                        "the lead's declaration"),
                new Case(TestUsers.HSO_LEAD, "projects/" + declared + "/impartiality", "projects/:id/impartiality",
                        "register of declarations"),
                new Case(TestUsers.HSO_LEAD, "groups", "groups", "list"),
                new Case(TestUsers.HSO_LEAD, "groups/" + group, "groups/:id", "group with most members"),
                new Case(TestUsers.HSO_LEAD, "reviews/" + review, "reviews/:id", "review with most comments"),
                new Case(TestUsers.SKI_ADMIN, "action-plans", "action-plans", "list"),
                new Case(TestUsers.SKI_ADMIN, "action-plans/" + plan, "action-plans/:id", "plan with most items"),
                new Case(TestUsers.SKI_ADMIN, "action-plans/items/" + item, "action-plans/items/:id",
                        "first item of that plan"),
                new Case(TestUsers.SKI_ADMIN, "round-tables", "round-tables", "list"),
                new Case(TestUsers.SKI_ADMIN, "round-tables/" + roundTable, "round-tables/:id",
                        "round table with most entries"),
                new Case(TestUsers.SKI_ADMIN, "steering", "steering", "list"),
                new Case(TestUsers.HSO_ADMIN, "portfolios", "portfolios", "list"),
                new Case(TestUsers.HSO_ADMIN, "portfolios/" + portfolio, "portfolios/:id", "portfolio with most initiatives"),
                new Case(TestUsers.HSO_ADMIN, "portfolios/initiatives/" + initiative, "portfolios/initiatives/:id",
                        "first initiative of that portfolio"),
                new Case(TestUsers.SKI_ADMIN, "steering/" + steering, "steering/:id", "group with most meetings"),
                new Case(TestUsers.SKI_ADMIN, "steering/meetings/" + meeting, "steering/meetings/:id",
                        "its last decided meeting"),
                new Case(TestUsers.HSO_ADMIN, "users", "users", "list"),
                new Case(TestUsers.HSO_ADMIN, "organisation", "organisation", "list"),
                new Case(TestUsers.HSO_ADMIN, "impartiality/templates", "impartiality/templates",
                        "declaration templates, every version"),
                new Case(TestUsers.HSO_ADMIN, "audit", "audit", "list"),
                new Case(TestUsers.HSO_LEAD, "notifications", "notifications", "list"),
                new Case(TestUsers.PLATFORM_ADMIN, "tenants", "tenants", "list"),
                new Case(TestUsers.PLATFORM_ADMIN, "admin/mail", "admin/mail", "list"),
                new Case(TestUsers.HSO_LEAD, "knowledge", "knowledge", "search, all cases"),
                new Case(TestUsers.GE_USER, "knowledge/cases/" + knowledgeCase, "knowledge/cases/:id",
                        "published case with most companies"),
                new Case(TestUsers.HSO_LEAD, "knowledge/new", "knowledge/new", "form"),
                new Case(TestUsers.HSO_LEAD, "knowledge/import", "knowledge/import", "form"),
                new Case(TestUsers.PLATFORM_ADMIN, "knowledge/admin", "knowledge/admin", "synonyms"));
    }

    private static long id(JdbcTemplate jdbc, String sql) {
        List<Long> ids = jdbc.queryForList(sql, Long.class);
        if (ids.isEmpty() || ids.getFirst() == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return ids.getFirst();
    }
}
