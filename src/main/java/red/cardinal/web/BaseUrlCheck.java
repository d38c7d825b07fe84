package red.cardinal.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when {@code cardinal.base-url} cannot be where people reach this instance: a QR
 * code or a mail link to {@code localhost:8080} is useless on a phone.
 */
@Component
class BaseUrlCheck {

	private static final Logger log = LoggerFactory.getLogger(BaseUrlCheck.class);

	private final PublicUrls urls;

	BaseUrlCheck(PublicUrls urls) {
		this.urls = urls;
	}

	@EventListener
	void started(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return; // the management server, if it has a port of its own
		}
		int port = event.getWebServer().getPort();
		if (urls.local() && urls.port() != port) {
			log.warn("cardinal.base-url is {} but Cardinal listens on port {}: QR codes and mail links will not open. "
					+ "Set CARDINAL_BASE_URL to the address people reach it at, e.g. https://cards.example.com", urls.base(), port);
		}
		else if (urls.local()) {
			log.info("cardinal.base-url is {}: QR codes and mail links open on this machine only, not on a phone. "
					+ "Set CARDINAL_BASE_URL to the address phones reach, e.g. http://192.168.1.20:{} or https://cards.example.com",
					urls.base(), port);
		}
	}
}
