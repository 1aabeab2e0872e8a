package no.samspill.notifications;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The in-process SMTP server (GreenMail) that receives the portal's mail when no SMTP host is configured. It keeps
 * what it receives in memory only; the outbox table is the lasting record. Its port stays the same across a stop and
 * start, so that the mail sender keeps pointing at it.
 */
public final class EmbeddedSmtp {

    static final String HOST = "127.0.0.1";
    private final int port;
    private final int imapPort;
    private GreenMail server;

    EmbeddedSmtp(int configuredPort) {
        this(configuredPort, 0);
    }

    /**
     * @param imapPort above 0, the mailboxes are also readable over IMAP on the loopback address (any password),
     *                 so that a browser test in another process can read the link a person was sent
     */
    EmbeddedSmtp(int configuredPort, int imapPort) {
        this.port = configuredPort > 0 ? configuredPort : freeLoopbackPort();
        this.imapPort = imapPort;
        this.server = newServer();
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (!server.isRunning()) {
            server = newServer();
            server.start();
        }
    }

    public synchronized void stop() {
        server.stop();
    }

    public synchronized boolean isRunning() {
        return server.isRunning();
    }

    /** What arrived since the last start. */
    public synchronized MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    public boolean waitForIncoming(long timeoutMs, int count) {
        GreenMail current;
        synchronized (this) {
            current = server;
        }
        return current.waitForIncomingEmail(timeoutMs, count);
    }

    private GreenMail newServer() {
        ServerSetup smtp = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        if (imapPort <= 0) {
            return new GreenMail(smtp);
        }
        return new GreenMail(new ServerSetup[] {smtp, new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
