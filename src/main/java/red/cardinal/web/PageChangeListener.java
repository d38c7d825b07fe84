package red.cardinal.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears on PostgreSQL what other nodes (and this one) changed, so that {@link PublicPages} answers
 * nothing out of date on any node without a query per view: one connection of the pool waits on
 * {@code LISTEN cardinal_pages}. Until it listens, and whenever its connection breaks, the pages
 * kept are dropped and none are kept or answered (every view goes the normal way, which reads the
 * database); once it listens again it starts from nothing, so no change missed meanwhile lingers.
 */
@Component
class PageChangeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PageChangeListener.class);

	/** How long a wait for a notice lasts before the connection is checked with a query. */
	private static final int WAIT_MILLIS = 5_000;

	static final String APPLICATION_NAME = "cardinal-page-changes";

	private final PublicPages pages;
	private final DataSource dataSource;
	private volatile Thread thread;

	PageChangeListener(PublicPages pages, DataSource dataSource) {
		this.pages = pages;
		this.dataSource = dataSource;
	}

	/** Before the web server starts (its phase is later): a node answers from kept pages from its first request. */
	@Override
	public int getPhase() {
		return 0;
	}

	/** Listens before it returns when the database answers (else the thread keeps trying), then hears on its own thread. */
	@Override
	public void start() {
		if (!pages.shared) {
			return;
		}
		Connection first = null;
		try {
			first = listening(dataSource.getConnection());
		}
		catch (SQLException e) {
			log.warn("Not hearing page changes from other nodes yet ({}); public pages are not kept until it does",
					e.toString());
		}
		Connection connection = first;
		Thread listening = new Thread(() -> listen(connection), "page-changes");
		listening.setDaemon(true);
		thread = listening;
		listening.start();
	}

	/** The connection, listening, and the pages told so. */
	private Connection listening(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set application_name = '" + APPLICATION_NAME + "'"); // to tell it apart in pg_stat_activity
			statement.execute("LISTEN " + PublicPages.CHANNEL);
		}
		catch (SQLException e) {
			connection.close();
			throw e;
		}
		pages.listening(true);
		return connection;
	}

	@Override
	public void stop() {
		Thread listening = thread;
		thread = null;
		if (listening != null) {
			listening.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void listen(Connection first) {
		long backoff = 100;
		Connection next = first;
		while (thread == Thread.currentThread()) {
			Connection given = next;
			next = null;
			try (Connection connection = given != null ? given : listening(dataSource.getConnection());
					Statement statement = connection.createStatement()) {
				PGConnection notices = connection.unwrap(PGConnection.class);
				backoff = 100;
				while (thread == Thread.currentThread()) {
					PGNotification[] heard = notices.getNotifications(WAIT_MILLIS);
					if (heard == null || heard.length == 0) {
						statement.execute("select 1"); // a connection that died silently fails here
						continue;
					}
					for (PGNotification notice : heard) {
						pages.heard(notice.getParameter());
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				pages.listening(false);
				if (thread != Thread.currentThread()) {
					return;
				}
				log.warn("Not hearing page changes from other nodes ({}); public pages are not kept until it does",
						e.toString());
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, 10_000);
			}
		}
		pages.listening(false);
	}
}
