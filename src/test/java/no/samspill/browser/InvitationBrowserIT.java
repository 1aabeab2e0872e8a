package no.samspill.browser;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation journey in the real browser: a tenant admin invites a new person, the mail arrives in the portal's
 * embedded SMTP server (read here over its IMAP side, as the person's mail client would), the person follows the
 * link, chooses a password and logs in. The admin never sees the link.
 */
class InvitationBrowserIT extends BrowserSession {

    private static final int IMAP_PORT = Integer.getInteger("samspill.imap-port", 0);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/set-password/[A-Za-z0-9_-]+");

    @Test
    void an_invited_person_follows_the_mailed_link_sets_a_password_and_logs_in() throws Exception {
        assertThat(IMAP_PORT).as("-Dsamspill.imap-port: the portal's embedded IMAP port").isPositive();
        String email = "ny-" + UUID.randomUUID().toString().substring(0, 8) + "@helse-sorost.demo";
        driver.get(BASE + "/login");
        logIn("admin@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/users");
        waitForHeading("Brukere");
        clickId("invite-user");
        type("person-email", email);
        type("person-name", "Nina Nettleser");
        clickText("vaadin-checkbox", "Medlem");
        clickId("send-invitation");
        WebElement told = wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .filter(e -> e.getText().contains(email)).findFirst().orElse(null));
        assertThat(told.getText()).contains("Invitasjonen er sendt til").doesNotContain("set-password");
        screenshot("50-invitation-sent");

        String link = linkFromMailbox(email);
        driver.manage().deleteAllCookies();
        driver.get(link);
        waitForHeading("Velg passord");
        String password = "nettleseren velger et langt passord";
        type("new-password", password);
        type("repeat-password", password);
        screenshot("51-set-password");
        clickId("save-password");
        waitForHeading("Passordet er lagret");
        driver.get(BASE + "/login");
        logIn(email, password);
        waitForHeading("Mitt arbeid");
        screenshot("52-invited-person-logged-in");
    }

    /** Polls the person's mailbox on the embedded server until the invitation is there, and takes its link. */
    private static String linkFromMailbox(String email) throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Store store = Session.getInstance(props).getStore("imap");
            try {
                store.connect("127.0.0.1", IMAP_PORT, email, "any");
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message m : inbox.getMessages()) {
                    Matcher link = LINK.matcher(text(m));
                    if (link.find()) {
                        return link.group();
                    }
                }
            } catch (jakarta.mail.AuthenticationFailedException | jakarta.mail.FolderNotFoundException e) {
                // the mailbox appears with the first mail
            } finally {
                store.close();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no invitation reached " + email + " in 30 s");
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        StringBuilder all = new StringBuilder();
        if (part.getContent() instanceof jakarta.mail.Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                all.append(text(multi.getBodyPart(i)));
            }
        }
        return all.toString();
    }
}
