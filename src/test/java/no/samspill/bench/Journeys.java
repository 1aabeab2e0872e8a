package no.samspill.bench;

import java.util.List;
import no.samspill.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The four journeys of the load benchmark, on objects of the demo data that each user may work on: the lead's
 * dialogue with most participants, an open dialogue each supplier has not yet submitted, an open review whose group
 * has the clinicians, and the secretariat's steering group with its last meeting.
 */
record Journeys(long leadDialogue, long geDialogue, List<Long> geQuestions, long medtronicDialogue,
        List<Long> medtronicQuestions, long review, List<String> reviewers, long steering, long meeting) {

    // the clinicians who signed their impartiality declaration in the demo data; Per (klinikker.sshf) has not, and
    // meets the gate instead of the review (DemoImpartiality)
    static final List<String> CLINICIANS = List.of(TestUsers.HSO_MEMBER, "klinikker.ahus@helse-sorost.demo",
            "klinikker.innlandet@helse-sorost.demo");

    static Journeys on(JdbcTemplate jdbc) {
        List<BenchCases.Case> cases = BenchCases.all(jdbc);
        long ge = openDialogue(jdbc, "ge-healthcare");
        long medtronic = openDialogue(jdbc, "medtronic");
        long review = first(jdbc, "select r.id from review_document r join ref_group_member m on m.group_id = r.group_id"
                + " join user_account u on u.id = m.user_id where u.email in ('" + String.join("','", CLINICIANS)
                + "') and m.left_on is null and r.opens_on <= curdate() and r.closes_on >= curdate()"
                + " group by r.id order by count(distinct u.id) desc, r.id limit 1");
        List<String> reviewers = jdbc.queryForList("select u.email from review_document r join ref_group_member m"
                + " on m.group_id = r.group_id join user_account u on u.id = m.user_id where r.id = ? and m.left_on is null"
                + " order by u.email", String.class, review).stream().filter(CLINICIANS::contains).toList();
        return new Journeys(id(cases, "dialogues/:id"), ge, freeText(jdbc, ge), medtronic, freeText(jdbc, medtronic),
                review, reviewers, id(cases, "steering/:id"), id(cases, "steering/meetings/:id"));
    }

    Journey forSession(int index) {
        return Journey.values()[index % Journey.values().length];
    }

    /** A journey's user for the n-th session, and one cycle of its steps. */
    enum Journey {
        SUPPLIER, LEAD, CLINICIAN, SECRETARY;

        String user(Journeys t, int session) {
            int n = session / values().length;
            return switch (this) {
                case SUPPLIER -> n % 2 == 0 ? TestUsers.GE_USER : TestUsers.MEDTRONIC_USER;
                case LEAD -> TestUsers.HSO_LEAD;
                case CLINICIAN -> t.reviewers().get(n % t.reviewers().size());
                case SECRETARY -> TestUsers.SKI_ADMIN;
            };
        }

        void cycle(Journeys t, VaadinClient c, int session, int round, Runnable pause) throws Exception {
            switch (this) {
                case SUPPLIER -> {
                    boolean ge = user(t, session).equals(TestUsers.GE_USER);
                    List<Long> questions = ge ? t.geQuestions() : t.medtronicQuestions();
                    c.navigate("market-dialogues", "supplier:list");
                    c.gridRows("supplier:list-rows");
                    pause.run();
                    c.navigate("market-dialogues/" + (ge ? t.geDialogue() : t.medtronicDialogue()), "supplier:form");
                    pause.run();
                    // sessions of one supplier answer different questions, as colleagues dividing the work would
                    long question = questions.get((session / values().length / 2) % questions.size());
                    c.type("answer-" + question, "Svar fra økt " + session + ", runde " + round, "supplier:answer");
                }
                case LEAD -> {
                    c.navigate("dialogues/" + t.leadDialogue(), "lead:dialogue");
                    pause.run();
                    c.selectTab(2, "lead:matrix");
                    c.gridRows("lead:matrix-rows");
                    pause.run();
                    c.navigate("projects", "lead:projects");
                    c.gridRows("lead:projects-rows");
                }
                case CLINICIAN -> {
                    c.navigate("reviews/" + t.review(), "clinician:review");
                    pause.run();
                    c.type("comment-text", "Merknad fra økt " + session + ", runde " + round, "clinician:type");
                    pause.run();
                    c.click("send-comment", "clinician:send");
                }
                case SECRETARY -> {
                    c.navigate("steering/" + t.steering(), "secretary:group");
                    c.gridRows("secretary:group-rows");
                    pause.run();
                    c.navigate("steering/meetings/" + t.meeting(), "secretary:meeting");
                    c.gridRows("secretary:meeting-rows");
                }
            }
        }
    }

    private static long openDialogue(JdbcTemplate jdbc, String supplier) {
        return first(jdbc, "select d.id from market_dialogue d join tenant s on s.code = '" + supplier + "'"
                + " left join dialogue_participant p on p.dialogue_id = d.id and p.supplier_tenant_id = s.id"
                + " where d.status = 'PUBLISHED' and d.deadline > utc_timestamp()"
                + " and (p.id is not null and p.status <> 'SUBMITTED' or p.id is null and d.access_mode = 'OPEN')"
                + " and exists (select 1 from dialogue_question q where q.dialogue_id = d.id and q.type = 'FREE_TEXT')"
                + " order by p.id is null, d.id limit 1");
    }

    private static List<Long> freeText(JdbcTemplate jdbc, long dialogue) {
        return jdbc.queryForList("select id from dialogue_question where dialogue_id = ? and type = 'FREE_TEXT'"
                + " order by id", Long.class, dialogue);
    }

    private static long id(List<BenchCases.Case> cases, String template) {
        String route = cases.stream().filter(c -> c.template().equals(template)).findFirst().orElseThrow().route();
        return Long.parseLong(route.substring(route.lastIndexOf('/') + 1));
    }

    private static long first(JdbcTemplate jdbc, String sql) {
        List<Long> ids = jdbc.queryForList(sql, Long.class);
        if (ids.isEmpty()) {
            throw new IllegalStateException("the demo data has no object for: " + sql);
        }
        return ids.getFirst();
    }
}
