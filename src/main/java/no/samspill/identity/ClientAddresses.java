package no.samspill.identity;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The key a login attempt is counted under for its client. An IPv6 client usually holds a whole /64 (often far
 * more), so counting single IPv6 addresses would let one client step around the limit; IPv6 is counted per /64.
 * Behind a TLS proxy the remote address is the proxy's unless server.forward-headers-strategy is set.
 */
final class ClientAddresses {

    /** Attempts without a known client (not through the web) share one key, so they are throttled rather than not. */
    static final String UNKNOWN = "unknown";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F:.]+]?");

    private ClientAddresses() {
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web
                ? key(web.getRemoteAddress()) : UNKNOWN;
    }

    static String key(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank() || !isLiteral(remoteAddress.strip())) {
            return UNKNOWN;
        }
        try {
            // a literal is only parsed, never looked up (isLiteral keeps host names out)
            InetAddress address = InetAddress.getByName(remoteAddress.strip());
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                return String.format("%x:%x:%x:%x::/64", word(bytes, 0), word(bytes, 2), word(bytes, 4),
                        word(bytes, 6));
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return UNKNOWN;
        }
    }

    /** Only IP literals: a host name would make InetAddress look it up. */
    private static boolean isLiteral(String address) {
        return IPV4.matcher(address).matches() || address.contains(":") && IPV6.matcher(address).matches();
    }

    private static int word(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }
}
