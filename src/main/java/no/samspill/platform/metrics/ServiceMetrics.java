package no.samspill.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Times every public call into the portal's services ({@code @Service} beans under no.samspill) as
 * {@code samspill.service} tagged with the service and the method: what a slow view spends its time on. The timer
 * is added to the proxy a bean already has (for its transactions), in front of it, so a call's time includes its
 * commit.
 */
final class ServiceMetrics extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    ServiceMetrics(ObjectProvider<MeterRegistry> registry) {
        ClassFilter ours = type -> type.getName().startsWith("no.samspill.");
        this.advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true)).intersection(ours),
                new Interceptor(registry));
        // class proxies: views and other services inject services by their class
        setProxyTargetClass(true);
        setBeforeExistingAdvisors(true);
    }

    private static final class Interceptor implements MethodInterceptor {

        private final ObjectProvider<MeterRegistry> registry;

        Interceptor(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            long start = System.nanoTime();
            try {
                return invocation.proceed();
            } finally {
                MeterRegistry meters = registry.getIfAvailable();
                if (meters != null) {
                    Class<?> type = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                            : ClassUtils.getUserClass(invocation.getThis());
                    Timer.builder("samspill.service").description("Server time of a service call")
                            .tag("service", type.getSimpleName()).tag("method", invocation.getMethod().getName())
                            .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            }
        }
    }
}
