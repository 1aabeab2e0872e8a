package no.samspill.support;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts a datasource proxy around the pool for every Spring test, so that a test can count the SQL statements one
 * navigation sends: JPA's and JdbcTemplate's alike, as MariaDB's general log would. Only the recording thread is
 * counted, so the outbox sender and event listeners on other threads do not blur a view's figure.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    private static final ThreadLocal<@Nullable List<String>> RECORDING = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource p
                        && "counted".equals(p.getProxyConfig().getDataSourceName()))) {
                    return ProxyDataSourceBuilder.create(ds).name("counted").listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    /** The statements this thread sent while {@code work} ran, in order. */
    public static List<String> statementsOf(Runnable work) {
        List<String> seen = new ArrayList<>();
        RECORDING.set(seen);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return seen;
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            // counted after, once per statement sent
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            List<String> seen = RECORDING.get();
            if (seen != null) {
                queryInfoList.forEach(q -> seen.add(q.getQuery()));
            }
        }
    }
}
