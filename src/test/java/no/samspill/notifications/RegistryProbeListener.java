package no.samspill.notifications;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Fails the first time for the ids it is told to, as a listener cut off by a crash would not finish. */
@Component
class RegistryProbeListener {

    static final Set<String> FAIL_ONCE = ConcurrentHashMap.newKeySet();
    static final Set<String> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(RegistryProbe probe) {
        if (FAIL_ONCE.remove(probe.id())) {
            throw new IllegalStateException("the probe's listener did not finish");
        }
        HANDLED.add(probe.id());
    }
}
