package no.samspill.impartiality;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A person's clearance for a project, read once per HTTP request (one Vaadin round trip) like the grants
 * (ADR 017): a page that asks the gate from several services pays one lookup. Outside a request it reads afresh.
 */
final class RequestClearances {

    private static final String KEY = RequestClearances.class.getName() + ".";

    private RequestClearances() {
    }

    static Clearance of(long userId, long projectId, Supplier<Clearance> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        String key = KEY + userId + "." + projectId;
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Clearance cached) {
            return cached;
        }
        Clearance clearance = read.get();
        request.setAttribute(key, clearance, RequestAttributes.SCOPE_REQUEST);
        return clearance;
    }

    /**
     * After a change to the project's declarations within this request (the register opened, a signature, a
     * decision, a new supplier), every clearance of the project read in it is read again at the next check.
     */
    static void forgetProject(long projectId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
                if (name.startsWith(KEY) && name.endsWith("." + projectId)) {
                    request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
                }
            }
        }
    }
}
