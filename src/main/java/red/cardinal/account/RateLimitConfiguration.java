package red.cardinal.account;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Keeps the rate-limit buckets in PostgreSQL when that is the database, else in this node's memory. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	Buckets rateLimitBuckets(DataSource dataSource, JdbcClient jdbc,
			@Value("${cardinal.rate-limits.memory-keys:100000}") int memoryKeys) throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		return "PostgreSQL".equals(database) ? new DatabaseBuckets(dataSource, jdbc) : new MemoryBuckets(memoryKeys);
	}
}
