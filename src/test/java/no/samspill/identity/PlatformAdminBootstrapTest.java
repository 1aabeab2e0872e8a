package no.samspill.identity;

import no.samspill.support.Inbox;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The bootstrap platform admin's one-time link goes to that address by mail, never to the log. */
@SamspillSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PlatformAdminBootstrapTest {

    @Autowired
    PlatformAdminService admins;
    @Autowired
    Inbox inbox;

    @Test
    void the_link_is_mailed_and_the_log_only_says_so(CapturedOutput output) {
        String email = TestUsers.uniqueEmail("bootstrap");
        new PlatformAdminBootstrap(admins, email).run(new DefaultApplicationArguments());
        String token = inbox.token(email);
        assertThat(Inbox.subject(inbox.await(email, "Samspill"))).isEqualTo("Du er plattformadministrator i Samspill");
        assertThat(output.getOut() + output.getErr()).contains("Platform admin " + email + ": a link to set the password was mailed to that address")
                .doesNotContain(token).doesNotContain("/set-password/");
    }
}
