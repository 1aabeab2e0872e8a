package no.samspill.platform.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A user's grants, read from the directory once per HTTP request (one Vaadin round trip) and reused by every check
 * in it. The next request reads them again, so a revoked role or a deactivated user stops working at the user's
 * next click. Outside a request (scheduled jobs, listeners on other threads) every check reads them afresh.
 */
final class RequestGrants {

    private static final String KEY = RequestGrants.class.getName() + ".";
    private static final Logger log = LoggerFactory.getLogger(RequestGrants.class);

    record Grants(List<TenantGrant> grants, boolean platformAdmin) {
    }

    private RequestGrants() {
    }

    static Grants of(long userId, MembershipDirectory directory) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read(userId, directory);
        }
        if (request.getAttribute(KEY + userId, RequestAttributes.SCOPE_REQUEST) instanceof Grants cached) {
            return cached;
        }
        Grants grants = read(userId, directory);
        request.setAttribute(KEY + userId, grants, RequestAttributes.SCOPE_REQUEST);
        return grants;
    }

    /** Forgets what this request read of the user, after the user's own memberships changed in it. */
    static void forget(long userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY + userId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static Grants read(long userId, MembershipDirectory directory) {
        // debug shows an operator whether the per-request reuse works behind their proxy and servlet set-up
        log.debug("Reading the grants of user {} ({})", userId,
                RequestContextHolder.getRequestAttributes() == null ? "no request" : "once in this request");
        return new Grants(directory.activeGrants(userId), directory.isActivePlatformAdmin(userId));
    }
}
