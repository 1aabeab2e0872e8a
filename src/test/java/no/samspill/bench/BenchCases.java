package no.samspill.bench;

import java.util.List;
import no.samspill.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views the benchmark opens, each as the demo user who would, on the largest object of its kind that user
 * reaches at scale: the dialogue with most participants, the review with most comments, the plan with most items.
 */
final class BenchCases {

    record Case(String user, String route, String object) {
    }

    private BenchCases() {
    }

    static List<Case> all(JdbcTemplate jdbc) {
        long dialogue = id(jdbc, "select p.dialogue_id from dialogue_participant p join market_dialogue d"
                + " on d.id = p.dialogue_id join tenant t on t.id = d.tenant_id where t.code = 'helse-sor-ost'"
                + " group by p.dialogue_id order by count(*) desc, p.dialogue_id limit 1");
        long project = id(jdbc, "select project_id from market_dialogue where id = " + dialogue);
        long answered = id(jdbc, "select p.dialogue_id from dialogue_participant p join dialogue_participant g"
                + " on g.dialogue_id = p.dialogue_id and g.status = 'SUBMITTED' join tenant t on t.id ="
                + " g.supplier_tenant_id where t.code = 'ge-healthcare' group by p.dialogue_id"
                + " order by count(*) desc, p.dialogue_id limit 1");
        long group = id(jdbc, "select m.group_id from ref_group_member m join ref_group g on g.id = m.group_id"
                + " join tenant t on t.id = g.tenant_id where t.code = 'helse-sor-ost' group by m.group_id"
                + " order by count(*) desc, m.group_id limit 1");
        long review = id(jdbc, "select c.document_id from review_comment c join review_document r"
                + " on r.id = c.document_id join ref_group g on g.id = r.group_id join tenant t on t.id = g.tenant_id"
                + " where t.code = 'helse-sor-ost' group by c.document_id order by count(*) desc, c.document_id"
                + " limit 1");
        long plan = id(jdbc, "select i.plan_id from action_item i join action_plan p on p.id = i.plan_id"
                + " join tenant t on t.id = p.tenant_id where t.code = 'sykehusinnkjop' group by i.plan_id"
                + " order by count(*) desc, i.plan_id limit 1");
        long item = id(jdbc, "select min(id) from action_item where plan_id = " + plan);
        long roundTable = id(jdbc, "select e.conference_id from round_table_entry e join round_table r"
                + " on r.id = e.conference_id join tenant t on t.id = r.tenant_id where t.code = 'sykehusinnkjop'"
                + " group by e.conference_id order by count(*) desc, e.conference_id limit 1");
        long steering = id(jdbc, "select m.group_id from steering_meeting m join steering_group g"
                + " on g.id = m.group_id join tenant t on t.id = g.tenant_id where t.code = 'sykehusinnkjop'"
                + " group by m.group_id order by count(*) desc, m.group_id limit 1");
        long meeting = id(jdbc, "select max(m.id) from steering_meeting m where m.minutes_approved and m.group_id = "
                + steering);
        return List.of(
                new Case(TestUsers.HSO_LEAD, "", "dashboard"),
                new Case(TestUsers.HSO_LEAD, "projects", "list"),
                new Case(TestUsers.HSO_LEAD, "projects/" + project, "project of the largest dialogue"),
                new Case(TestUsers.HSO_LEAD, "dialogues/" + dialogue, "dialogue with most participants"),
                new Case(TestUsers.GE_USER, "market-dialogues", "list"),
                new Case(TestUsers.GE_USER, "market-dialogues/" + answered, "GE's largest answered dialogue"),
                new Case(TestUsers.HSO_LEAD, "groups", "list"),
                new Case(TestUsers.HSO_LEAD, "groups/" + group, "group with most members"),
                new Case(TestUsers.HSO_LEAD, "reviews/" + review, "review with most comments"),
                new Case(TestUsers.SKI_ADMIN, "action-plans", "list"),
                new Case(TestUsers.SKI_ADMIN, "action-plans/" + plan, "plan with most items"),
                new Case(TestUsers.SKI_ADMIN, "action-plans/items/" + item, "first item of that plan"),
                new Case(TestUsers.SKI_ADMIN, "round-tables", "list"),
                new Case(TestUsers.SKI_ADMIN, "round-tables/" + roundTable, "round table with most entries"),
                new Case(TestUsers.SKI_ADMIN, "steering", "list"),
                new Case(TestUsers.SKI_ADMIN, "steering/" + steering, "group with most meetings"),
                new Case(TestUsers.SKI_ADMIN, "steering/meetings/" + meeting, "its last decided meeting"),
                new Case(TestUsers.HSO_ADMIN, "users", "list"),
                new Case(TestUsers.HSO_ADMIN, "organisation", "list"),
                new Case(TestUsers.HSO_ADMIN, "audit", "list"),
                new Case(TestUsers.HSO_LEAD, "notifications", "list"));
    }

    private static long id(JdbcTemplate jdbc, String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }
}
