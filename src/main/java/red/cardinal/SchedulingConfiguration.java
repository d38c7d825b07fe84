package red.cardinal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled jobs of every module (analytics' flush and clean-up, booking reminders, rate
 * limit clean-up, event retries) on Spring Boot's task scheduler, sized by
 * {@code spring.task.scheduling.pool.size} in application.properties: more than one thread, so the
 * one-second analytics flush never waits behind a reminder run that is talking to a mail server.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
