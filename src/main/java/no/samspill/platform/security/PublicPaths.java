package no.samspill.platform.security;

import java.util.List;

/**
 * Paths a feature serves to anyone, without login and without a CSRF token: a mail client's RFC 8058 one-click
 * unsubscribe POST carries neither. The security configuration collects every bean of this type. Such an endpoint
 * must authorize each request itself (e.g. by a signed token in the path) and change nothing else.
 */
public interface PublicPaths {

    /** Path patterns, e.g. "/unsubscribe/**". */
    List<String> patterns();
}
