package red.cardinal;

import java.time.Duration;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) for one test class: started on 127.0.0.1 on a free port before the
 * class's first test, emptied before each test, stopped after the last. Declare it as a
 * {@code @RegisterExtension static final TestMail mail = new TestMail();} field and the class's
 * Spring context sends its mail there ({@link TestMailProperties} sets {@code spring.mail.host} and
 * {@code spring.mail.port}).
 */
public class TestMail extends GreenMailExtension {

	static final String HOST = "127.0.0.1";

	/** How long {@link #await(int)} waits for mail to arrive. */
	public static final Duration PATIENCE = Duration.ofSeconds(10);

	public TestMail() {
		super(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
		withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		withPerMethodLifecycle(false);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		super.beforeEach(context);
		try {
			purgeEmailFromAllMailboxes();
		}
		catch (FolderException e) {
			throw new IllegalStateException("Could not empty the test mailboxes", e);
		}
	}

	/**
	 * Every message received since this test began, once there are at least {@code count}.
	 * @throws AssertionError when fewer arrive within {@link #PATIENCE}
	 */
	public MimeMessage[] await(int count) {
		if (!waitForIncomingEmail(PATIENCE.toMillis(), count)) {
			throw new AssertionError("Expected at least " + count + " mail(s) within " + PATIENCE + ", got "
					+ getReceivedMessages().length);
		}
		return getReceivedMessages();
	}

	int port() {
		if (!isRunning()) {
			throw new IllegalStateException(
					"The test mail server is not running: declare TestMail as a static @RegisterExtension field");
		}
		return getSmtp().getPort();
	}
}
