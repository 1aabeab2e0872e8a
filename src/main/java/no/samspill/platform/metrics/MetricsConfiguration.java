package no.samspill.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import no.samspill.platform.security.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The meters of {@link no.samspill.platform.metrics}; README "Metrics" says how to read them. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    // static: post-processors are made before the other beans, and must not pull the registry in early
    @Bean
    static StatementCountingDataSource requestStatementCountingDataSource() {
        return new StatementCountingDataSource();
    }

    @Bean
    static ServiceMetrics serviceMetrics(ObjectProvider<MeterRegistry> registry) {
        return new ServiceMetrics(registry);
    }

    @Bean
    FilterRegistrationBean<RequestMetricsFilter> requestMetricsFilter(MeterRegistry registry) {
        FilterRegistrationBean<RequestMetricsFilter> filter = new FilterRegistrationBean<>(
                new RequestMetricsFilter(registry));
        // outermost, so that the time includes security and the session
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return filter;
    }

    @Bean
    NavigationMetrics navigationMetrics(MeterRegistry registry) {
        return new NavigationMetrics(registry);
    }

    /**
     * The scraper does not log in: the endpoint exists only on the management port (loopback unless configured
     * otherwise), and only when that port is set.
     */
    @Bean
    @ConditionalOnExpression("!'${" + ManagementPortSettings.PORT + ":}'.isBlank()")
    PublicPaths prometheusScrape() {
        return () -> List.of("/actuator/prometheus");
    }
}
