package no.samspill.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server started in-process when no SMTP host is configured, like the embedded MariaDB: run and test work on
 * a fresh machine, and the platform admin's mail page shows what was sent. Never in prod (see
 * {@link ProductionMailGuard}); with SAMSPILL_SMTP_HOST set, Spring Boot's mail sender is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
class EmbeddedMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedSmtp embeddedSmtp(@Value("${samspill.mail.embedded-port:0}") int port,
            @Value("${samspill.mail.embedded-imap-port:0}") int imapPort) {
        log.info("No SMTP host configured (SAMSPILL_SMTP_HOST): mail goes to the embedded SMTP server on {}:{}; "
                + "the platform admin sees it under Mail", EmbeddedSmtp.HOST, port > 0 ? port : "a free port");
        if (imapPort > 0) {
            log.info("The embedded mailboxes are readable over IMAP on {}:{}", EmbeddedSmtp.HOST, imapPort);
        }
        return new EmbeddedSmtp(port, imapPort);
    }

    @Bean
    JavaMailSender javaMailSender(EmbeddedSmtp embeddedSmtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(EmbeddedSmtp.HOST);
        sender.setPort(embeddedSmtp.port());
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        sender.getJavaMailProperties().put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
