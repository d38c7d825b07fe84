package red.cardinal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	/**
	 * The migrations write unquoted identifiers, which both PostgreSQL and H2 (with
	 * DATABASE_TO_LOWER) fold to lower case. Quoting them as the H2 dialect does would make
	 * them upper case and miss; so Spring Data JDBC leaves them unquoted too.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}
}
