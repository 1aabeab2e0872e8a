package no.samspill.notifications;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samspill.Application;
import no.samspill.platform.i18n.Language;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, run on purpose (./mvnw -Pbench verify), never as a test: the portal (embedded MariaDB and GreenMail)
 * queues mails through the outbox and its sender delivers them, against the baseline of the same number of
 * comparable mails handed straight to the same JavaMailSender, over one connection, in the same run. Prints mails per second for both,
 * their ratio, and the median and 90th percentile time from a commit to the mail's arrival in GreenMail. The machine
 * is shared and noisy: the ratio says more than the absolute numbers.
 */
public final class MailBenchmark {

    private static final int BURST = 300;
    private static final int SINGLES = 40;

    private MailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // command-line arguments, not builder defaults: application.properties would win over those and point
        // "fresh=true" at the developer's own database under data/
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--samspill.demo-data=false",
                "--samspill.embedded-db.base-dir=target/bench-db/base",
                "--samspill.embedded-db.data-dir=target/bench-db/data",
                "--samspill.embedded-db.fresh=true", "--samspill.public-url=http://portal.bench/",
                "--logging.level.root=WARN")) {
            MailOutbox outbox = ctx.getBean(MailOutbox.class);
            EmbeddedSmtp smtp = ctx.getBean(EmbeddedSmtp.class);
            JavaMailSender direct = ctx.getBean(JavaMailSender.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(
                    org.springframework.transaction.PlatformTransactionManager.class));
            String run = UUID.randomUUID().toString().substring(0, 8);

            // warm both paths
            baseline(direct, smtp, 20);
            burst(outbox, smtp, tx, run + "-warm", 20);

            double baseline = baseline(direct, smtp, BURST);
            double outboxRate = burst(outbox, smtp, tx, run, BURST);
            long[] latency = new long[SINGLES];
            for (int i = 0; i < SINGLES; i++) {
                int before = smtp.received().length;
                String key = "bench-single:" + run + ":" + i;
                tx.executeWithoutResult(s -> outbox.enqueue(mail(key)));
                long committed = System.nanoTime();
                awaitCount(smtp, before + 1);
                latency[i] = System.nanoTime() - committed;
            }
            Arrays.sort(latency);
            System.out.printf(Locale.ROOT, "baseline (built and handed straight to JavaMailSender over one connection, "
                    + "%d mails): %.0f mails/s%n", BURST,
                    baseline);
            System.out.printf(Locale.ROOT, "outbox (queued in one transaction, delivered by MailSender, %d mails): "
                    + "%.0f mails/s%n", BURST, outboxRate);
            System.out.printf(Locale.ROOT, "ratio outbox / baseline: %.2f%n", outboxRate / baseline);
            System.out.printf(Locale.ROOT, "commit to arrival in GreenMail (%d single mails): median %.1f ms, "
                    + "p90 %.1f ms%n", SINGLES, latency[SINGLES / 2] / 1e6, latency[SINGLES * 9 / 10] / 1e6);
        }
    }

    private static double baseline(JavaMailSender direct, EmbeddedSmtp smtp, int count) throws Exception {
        int before = smtp.received().length;
        long start = System.nanoTime();
        MimeMessage[] batch = new MimeMessage[count];
        for (int i = 0; i < count; i++) {
            MimeMessage message = direct.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setFrom("Samspill <no-reply@samspill.local>");
            helper.setTo("bench-" + (i % 50) + "@test.demo");
            helper.setSubject("Nytt passord til Samspill");
            helper.setText("Hei Kari,\n\nVelg det med denne lenken: http://portal.bench/set-password/x" + i,
                    "<p>Hei Kari,</p><p>Velg det med denne lenken: <a href=\"http://portal.bench/\">lenke</a></p>");
            batch[i] = message;
        }
        direct.send(batch);
        awaitCount(smtp, before + count);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double burst(MailOutbox outbox, EmbeddedSmtp smtp, TransactionTemplate tx, String run,
            int count) {
        int before = smtp.received().length;
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(mail("bench-burst:" + run + ":" + i));
            }
        });
        awaitCount(smtp, before + count);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static OutgoingMail mail(String key) {
        return new OutgoingMail("bench-" + Math.floorMod(key.hashCode(), 50) + "@test.demo", Language.NB,
                "mail.reset.subject", List.of(""), "mail.reset.body",
                List.of("Kari", "http://portal.bench/set-password/" + key), "", null, key, "bench");
    }

    /** GreenMail's own wait: it is told of each arrival, so polling costs the sender nothing. */
    private static void awaitCount(EmbeddedSmtp smtp, int count) {
        if (!smtp.waitForIncoming(300_000, count)) {
            throw new IllegalStateException("GreenMail got " + smtp.received().length + " of " + count);
        }
    }
}
