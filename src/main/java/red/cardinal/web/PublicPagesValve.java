package red.cardinal.web;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The short path of a kept public page in the embedded Tomcat, ahead of the filter chain: Tomcat
 * makes a chain of every filter for each request it hands to the servlet, looking up each filter's
 * configuration under one lock that all its threads share, and under load that lock was where the
 * slowest views waited (JFR: the most contended monitor of a card-page load test). A kept page needs
 * none of the chain. What is not kept, and every request in tests without a server (MockMvc), goes on
 * to {@link PublicPagesFilter}, which answers it the same way.
 */
final class PublicPagesValve extends ValveBase {

	private final PublicPages pages;

	PublicPagesValve(PublicPages pages) {
		super(true);
		this.pages = pages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String key = pages.key(request);
		PublicPages.Kept kept = key == null ? null : pages.find(key);
		if (kept == null) {
			// the filter need not work the key out again
			request.setAttribute(PublicPagesFilter.KEY, key == null ? PublicPagesFilter.NO_KEY : key);
			getNext().invoke(request, response);
			return;
		}
		PublicPagesFilter.answer(pages, key, kept, request, response);
	}

	/**
	 * Puts the valve into the application's context, after the ones the server's own settings add
	 * (remote IP). Runs after Spring Boot's own customizer (order 0), which adds the remote IP valve.
	 */
	@Component
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Installed implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		private final PublicPages pages;

		Installed(PublicPages pages) {
			this.pages = pages;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextValves(new PublicPagesValve(pages));
			// the client's address and scheme as request attributes are for an access log, which there is not
			for (var valve : factory.getEngineValves()) {
				if (valve instanceof RemoteIpValve remoteIp) {
					remoteIp.setRequestAttributesEnabled(false);
				}
			}
		}
	}
}
