package red.cardinal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the listeners of published events (mails, counts), which run after the commit on other threads. */
public final class TestEvents {

	private TestEvents() {
	}

	/** Until no publication is outstanding: each completed one is deleted, so an empty registry means all ran. */
	public static void awaitListeners(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Integer.class).single() == 0);
	}

	/** The publications whose listener failed, of listeners whose id contains {@code listener}. */
	public static int failed(JdbcClient jdbc, String listener) {
		return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and listener_id like ?")
			.param("%" + listener + "%")
			.query(Integer.class)
			.single();
	}
}
