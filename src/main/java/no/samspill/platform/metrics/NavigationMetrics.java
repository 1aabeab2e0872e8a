package no.samspill.platform.metrics;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.util.ClassUtils;

/**
 * Times each view navigation, from the router's before-enter to its after-navigation (the view built and filled),
 * as {@code samspill.view.navigation} tagged with the view's class: a name per view, never an id, so the number of
 * series stays that of the views.
 */
final class NavigationMetrics implements VaadinServiceInitListener {

    private static final String STARTED = NavigationMetrics.class.getName() + ".started";

    private final MeterRegistry registry;

    NavigationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(e -> ComponentUtil.setData(ui, STARTED, System.nanoTime()));
            ui.addAfterNavigationListener(e -> record(ui, e));
        });
    }

    private void record(UI ui, AfterNavigationEvent event) {
        if (!(ComponentUtil.getData(ui, STARTED) instanceof Long started)) {
            return;
        }
        ComponentUtil.setData(ui, STARTED, null);
        String view = event.getActiveChain().isEmpty() ? "none"
                : ClassUtils.getUserClass(event.getActiveChain().getFirst()).getSimpleName();
        Timer.builder("samspill.view.navigation").description("Server time of a view navigation").tag("view", view)
                .publishPercentileHistogram().register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
