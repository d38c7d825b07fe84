package red.cardinal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Public responses as sent (a card page, a product page, a card's vCard and plain QR code), kept
 * gzipped until something shown on them changes, so that an anonymous visitor's request for one is
 * answered ahead of the security filter chain and MVC (see {@link PublicPagesFilter}) without a
 * query. A controller offers its response with {@link #keep}; whoever changes what a card's
 * responses show says so with {@link #changed}. Bounded by bytes, not by entries: a page is about
 * 3 KB gzipped, a vCard with a photo about 40 KB.
 * <p>
 * Every node keeps its own copy and hears of every change: on one H2 node in the process, on
 * PostgreSQL through {@code NOTIFY} in the changing transaction (see {@link PageChangeListener}); a
 * node that is not listening keeps and answers nothing from here.
 */
@Component
public class PublicPages {

	/** The longest path kept: a slug of 40 and a product's of 60. */
	private static final int LONGEST = 110;

	static final String CHANNEL = "cardinal_pages";

	private static final String OFFERED = PublicPages.class.getName() + ".offered";

	private static final String TICKET = PublicPages.class.getName() + ".ticket";

	/**
	 * A response as it is answered again: its headers (without length and coding, with a
	 * {@code Vary} that names {@code accept-encoding}), the same headers as the bytes Tomcat sends ({@code wire}: name,
	 * value, name, ...), its gzipped body, and its plain body once a client that takes no gzip asked
	 * for it (null until then).
	 */
	record Kept(long cardId, List<Map.Entry<String, String>> headers, byte[][] wire, String etag, byte[] gzipped,
			byte[] plain, Consumer<HttpServletRequest> onView) {

		/** A response as it was answered, kept gzipped. */
		static Kept of(long cardId, List<Map.Entry<String, String>> headers, String etag, byte[] gzipped,
				Consumer<HttpServletRequest> onView) {
			var all = new ArrayList<>(headers);
			if (all.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Vary")
					&& h.getValue().toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
				all.add(Map.entry("Vary", "accept-encoding")); // as Tomcat adds it
			}
			byte[][] wire = new byte[2 * all.size()][];
			for (int i = 0; i < all.size(); i++) {
				wire[2 * i] = onTheWire(all.get(i).getKey());
				wire[2 * i + 1] = onTheWire(all.get(i).getValue());
			}
			return new Kept(cardId, List.copyOf(all), wire, etag, gzipped, null, onView);
		}

		/** A header's text as Tomcat writes it: ISO-8859-1, a control character other than tab as a space. */
		private static byte[] onTheWire(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] >= 0 && bytes[i] < 32 && bytes[i] != '\t' || bytes[i] == 127) {
					bytes[i] = ' ';
				}
			}
			return bytes;
		}

		Kept withPlain(byte[] plain) {
			return new Kept(cardId, headers, wire, etag, gzipped, plain, onView);
		}

		int weight() {
			int weight = 200 + gzipped.length + (plain == null ? 0 : plain.length);
			for (var header : headers) {
				weight += 3 * (header.getKey().length() + header.getValue().length()) + 64;
			}
			return weight;
		}
	}

	/** What a controller offered of a request: the card it shows and what each later view of it counts. */
	record Offer(long cardId, Consumer<HttpServletRequest> onView) {
	}

	private final Cache<String, Kept> kept;
	private final LocaleResolver locales;
	private final JdbcTemplate jdbc;
	/** Whether changes reach the other nodes by {@code NOTIFY}: on PostgreSQL. */
	final boolean shared;
	private final String sessionCookie;
	/** Moves on with every change heard: a response whose sources were read before it is not kept. */
	private final AtomicLong changes = new AtomicLong();
	private volatile boolean listening;
	/** Who sends this node's notices: it hears its own changes after their commit, not again from PostgreSQL. */
	private final String node = java.util.UUID.randomUUID().toString();

	PublicPages(@Value("${cardinal.pages.cache-size:32MB}") DataSize size, LocaleResolver locales, DataSource dataSource,
			JdbcTemplate jdbc, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie)
			throws MetaDataAccessException {
		this.kept = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((String key, Kept k) -> k.weight() + 2 * key.length())
			.executor(Runnable::run) // evicts as it keeps, on the request's thread: never more than its size
			.build();
		this.locales = locales;
		this.jdbc = jdbc;
		this.shared = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName()));
		this.sessionCookie = sessionCookie;
		// on one node nothing needs hearing; with others, only once listening (PageChangeListener)
		this.listening = !shared;
	}

	/**
	 * Offers this request's response to be kept, when it is one visitors can ask for anonymously: it
	 * shows card {@code cardId}, and {@code onView} counts each later view answered from here (the
	 * controller counts this one itself). It is kept once answered, if it is a 200 without a cookie.
	 */
	public void keep(HttpServletRequest request, long cardId, Consumer<HttpServletRequest> onView) {
		if (request.getAttribute(TICKET) != null) {
			request.setAttribute(OFFERED, new Offer(cardId, onView == null ? r -> {
			} : onView));
		}
	}

	/**
	 * Card {@code cardId}'s kept responses are out of date: they go on every node when the current
	 * transaction commits (at once without one).
	 */
	public void changed(long cardId) {
		if (shared) {
			// delivered to every listening node when the transaction commits, dropped if it rolls back
			jdbc.queryForObject("select pg_notify(?, ?)", String.class, CHANNEL, notice(cardId));
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget(cardId);
				}
			});
		}
		else {
			forget(cardId);
		}
	}

	/** Whether a response of the card is kept: for tests. */
	public boolean keeps(long cardId) {
		return kept.asMap().values().stream().anyMatch(k -> k.cardId() == cardId);
	}

	/** Drops the card's responses: a change was heard (on this node or by {@code NOTIFY}). */
	void forget(long cardId) {
		changes.incrementAndGet();
		kept.asMap().values().removeIf(k -> k.cardId() == cardId);
	}

	/** What this node sends other nodes when a card changed. */
	String notice(long cardId) {
		return node + ":" + cardId;
	}

	/** Drops the card's responses on a notice from PostgreSQL ({@code <node>:<card id>}), unless this node sent it. */
	void heard(String notice) {
		int colon = notice.indexOf(':');
		if (colon > 0 && !notice.startsWith(node + ":")) {
			forget(Long.parseLong(notice.substring(colon + 1)));
		}
	}

	/** Listening to other nodes' changes began or ended: what is kept may have missed some. */
	void listening(boolean listening) {
		changes.incrementAndGet();
		kept.invalidateAll();
		this.listening = listening;
	}

	/**
	 * The key of a request that can be answered from here: an anonymous {@code GET} of a public page
	 * or file, by its scheme, path, query where it matters, language, in-app browser and device
	 * platform (what its answer depends on: every link in it is built from the base URL, never from
	 * the request); null for any other.
	 */
	String key(HttpServletRequest request) {
		if (!listening || !"GET".equals(request.getMethod()) || !anonymous(request)) {
			return null;
		}
		String path = request.getRequestURI();
		if (path.length() > LONGEST) {
			return null;
		}
		String query = request.getQueryString();
		if (query != null && query.indexOf('%') >= 0) {
			return null; // escapes are decoded, and a bad one refused, the normal way (MalformedRequests)
		}
		Kind what = kept(path);
		if (what == null || what == Kind.CARD && red.cardinal.shared.Slug.RESERVED.contains(path.substring(1))) {
			return null;
		}
		if (what == Kind.CARD || what == Kind.PRODUCT) {
			query = null; // a page is the same whatever it is asked with (?src=qr is counted, not shown)
		}
		else if (query != null && !(what == Kind.VCARD && ("v=4".equals(query) || "v=3".equals(query)))) {
			return null;
		}
		String userAgent = request.getHeader("User-Agent");
		String app = InAppBrowsers.app(userAgent).orElse("") + DevicePlatform.of(userAgent).keySuffix();
		// https apart from http: Spring Security adds HSTS to secure answers only
		return (request.isSecure() ? "s" : "") + path + '?' + (query == null ? "" : query) + '|'
				+ locales.resolveLocale(request).toLanguageTag() + '|' + app;
	}

	/** What a path that can be kept asks for. */
	enum Kind {
		CARD, PRODUCT, VCARD, QR
	}

	/**
	 * What a path asks for that can be kept, or null: {@code /<slug>}, {@code /<slug>/p/<product>}, {@code /<slug>.vcf},
	 * {@code /<slug>/qr.svg}, a slug being {@code [a-z0-9][a-z0-9-]{1,38}[a-z0-9]} and a product's
	 * {@code [a-z0-9][a-z0-9-]{0,59}}. Read by hand, in one pass: this runs for every request.
	 */
	static Kind kept(String path) {
		if (path.isEmpty() || path.charAt(0) != '/') {
			return null;
		}
		int end = name(path, 1);
		int slug = end - 1;
		if (slug < 3 || slug > 40 || path.charAt(1) == '-' || path.charAt(end - 1) == '-') {
			return null;
		}
		if (end == path.length()) {
			return Kind.CARD;
		}
		if (path.startsWith("/p/", end)) {
			int product = name(path, end + 3) - (end + 3);
			return product >= 1 && product <= 60 && path.charAt(end + 3) != '-' && end + 3 + product == path.length() ? Kind.PRODUCT : null;
		}
		int rest = path.length() - end;
		return rest == 4 && path.startsWith(".vcf", end) ? Kind.VCARD : rest == 7 && path.startsWith("/qr.svg", end) ? Kind.QR : null;
	}

	/** Where the run of {@code [a-z0-9-]} that starts at {@code from} ends. */
	private static int name(String path, int from) {
		int i = from;
		while (i < path.length()) {
			char c = path.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
				break;
			}
			i++;
		}
		return i;
	}

	/** Someone who may be signed in (a session, which remember-me rides on too, or a token) goes the normal way. */
	private boolean anonymous(HttpServletRequest request) {
		if (request.getHeader("Authorization") != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (sessionCookie.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	Kept find(String key) {
		return kept.getIfPresent(key);
	}

	/** Notes when a request's sources are read from: a change heard after that keeps it from being kept. */
	void ticket(HttpServletRequest request) {
		request.setAttribute(TICKET, changes.get());
	}

	/** What a controller offered of this request, or null. */
	Offer offered(HttpServletRequest request) {
		return (Offer) request.getAttribute(OFFERED);
	}

	/** Keeps an answered response, unless a change was heard since its sources were read. */
	void put(HttpServletRequest request, String key, Kept response) {
		Long ticket = (Long) request.getAttribute(TICKET);
		if (ticket == null || !listening) {
			return;
		}
		kept.put(key, response);
		// a change heard meanwhile may have missed it: take it back (removing twice is harmless)
		if (changes.get() != ticket) {
			kept.asMap().remove(key, response);
		}
	}

	/** Keeps the plain body too, if the response is still kept as it was. */
	void keepPlain(String key, Kept kept, byte[] plain) {
		this.kept.asMap().replace(key, kept, kept.withPlain(plain));
	}

	/** The bytes kept, for tests and benchmarks. */
	long size() {
		return kept.asMap().entrySet().stream().mapToLong(e -> e.getValue().weight() + 2L * e.getKey().length()).sum();
	}
}
