package no.samspill.platform.metrics;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts a datasource proxy around the connection pool, so that every statement a request sends is counted
 * ({@link RequestStatements}): JPA's and JdbcTemplate's alike, as MariaDB's general log would count them.
 */
final class StatementCountingDataSource implements BeanPostProcessor {

    static final String NAME = "request-statements";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !isCounted(ds)) {
            return ProxyDataSourceBuilder.create(ds).name(NAME).listener(new Listener()).build();
        }
        return bean;
    }

    private static boolean isCounted(DataSource ds) {
        return ds instanceof ProxyDataSource proxy && NAME.equals(proxy.getProxyConfig().getDataSourceName());
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            // counted after, as the statement-count test counts: once per statement text (a batch is one)
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            RequestStatements.add(queryInfoList.size());
        }
    }
}
