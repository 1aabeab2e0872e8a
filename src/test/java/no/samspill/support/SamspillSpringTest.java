package no.samspill.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test setup: every test class uses exactly this, so Spring caches one context and one embedded
 * MariaDB (fresh under target/ for each run) for the whole suite. The demo data is seeded into it. The clock is a
 * {@link MutableClock} that tests may move (and must reset); scheduled jobs that read it are off, tests call them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "samspill.embedded-db.base-dir=target/test-db/base",
        "samspill.embedded-db.data-dir=target/test-db/data",
        "samspill.embedded-db.fresh=true",
        "samspill.public-url=http://portal.test/",
        "spring.main.banner-mode=off",
        "samspill.login-throttle.prune-cron=-",
        "samspill.reminders.dialogue-cron=-",
        "samspill.reminders.review-cron=-",
        "samspill.reminders.action-cron=-",
        "samspill.notices.digest-cron=-",
        "samspill.notices.cleanup-cron=-"})
@Import({TestClockConfiguration.class, StatementCounting.class})
public @interface SamspillSpringTest {
}
