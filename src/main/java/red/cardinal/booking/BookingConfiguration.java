package red.cardinal.booking;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the reminder job ({@link Reminders}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingConfiguration {
}
