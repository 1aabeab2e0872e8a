package no.samspill.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address (samspill.public-url), and the one place that joins it with a route, for the links
 * that leave the portal in mails: invitations, notices, digests, unsubscribe links.
 */
@Component
public class PublicUrl {

    private final String base;

    public PublicUrl(@Value("${samspill.public-url}") String url) {
        // written with or without the trailing slash in the configuration; kept without it
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute link to a route of the portal ("dialogues/12", with or without a leading slash). */
    public String link(String route) {
        return base + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}
