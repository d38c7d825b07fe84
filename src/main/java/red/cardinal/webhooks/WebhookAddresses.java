package red.cardinal.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import red.cardinal.shared.Violation;

/**
 * Where webhooks may go, against server-side request forgery. Never to this-network, link-local
 * (169.254.0.0/16, fe80::/10, so no cloud metadata), multicast or cloud metadata addresses
 * (fd00:ec2::254, 100.100.100.200); to loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7)
 * and shared (100.64/10) ones, and over plain {@code http}, only when
 * {@code cardinal.webhooks.allow-private-networks} is true (an intranet install, or tests). An
 * address inside an IPv4-mapped, -compatible or NAT64 IPv6 address is judged as that IPv4 address.
 * A URL is checked when it is saved and its host's addresses again before each delivery.
 */
@Component
class WebhookAddresses {

	static final int MAX_URL = 2000;

	private final boolean allowPrivate;

	WebhookAddresses(@Value("${cardinal.webhooks.allow-private-networks:false}") boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	/** The URL if it may be saved, else null with the reason under {@code url}. */
	URI check(String url, List<Violation> violations) {
		URI uri = parse(url);
		if (uri == null) {
			violations.add(Violation.of("url", "webhooks.url.invalid"));
			return null;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!"https".equals(scheme) && !(allowPrivate && "http".equals(scheme))) {
			violations.add(Violation.of("url", "webhooks.url.https"));
			return null;
		}
		String refused = refusedHost(uri.getHost());
		if (refused != null) {
			violations.add(Violation.of("url", refused));
			return null;
		}
		return uri;
	}

	/**
	 * Why this host may not be sent to now (a message key), or null when every address it resolves to
	 * is allowed: a name that resolves to one refused address among allowed ones is refused.
	 */
	String refusedHost(String host) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			return "webhooks.url.unresolvable";
		}
		for (InetAddress address : addresses) {
			if (refused(address)) {
				return "webhooks.url.private";
			}
		}
		return null;
	}

	boolean refused(InetAddress address) {
		InetAddress a = embeddedIpv4(address);
		byte[] b = a.getAddress();
		if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress() || metadata(b)
				|| (a instanceof Inet4Address && ((b[0] & 0xff) == 0 || (b[0] & 0xff) >= 240))) {
			return true;
		}
		if (allowPrivate) {
			return false;
		}
		return a.isLoopbackAddress() || a.isSiteLocalAddress()
				|| (a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)
				|| (a instanceof Inet4Address && (b[0] & 0xff) == 198 && (b[1] & 0xfe) == 18)
				|| (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc);
	}

	private static boolean metadata(byte[] b) {
		if (b.length == 4) {
			return (b[0] & 0xff) == 100 && (b[1] & 0xff) == 100 && (b[2] & 0xff) == 100 && (b[3] & 0xff) == 200;
		}
		// fd00:ec2::254
		return (b[0] & 0xff) == 0xfd && b[1] == 0 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2
				&& java.util.stream.IntStream.range(4, 14).allMatch(i -> b[i] == 0) && b[14] == 0x02 && b[15] == 0x54;
	}

	/** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d or 64:ff9b::a.b.c.d; else the address itself. */
	private static InetAddress embeddedIpv4(InetAddress address) {
		byte[] b = address.getAddress();
		if (b.length != 16) {
			return address;
		}
		boolean zeros = java.util.stream.IntStream.range(0, 10).allMatch(i -> b[i] == 0);
		boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
		boolean compatible = zeros && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
		boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
				&& java.util.stream.IntStream.range(4, 12).allMatch(i -> b[i] == 0);
		if (!mapped && !compatible && !nat64) {
			return address;
		}
		try {
			return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
		}
		catch (UnknownHostException e) {
			return address;
		}
	}

	private static URI parse(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_URL || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
					|| uri.getRawFragment() != null) {
				return null;
			}
			return uri;
		}
		catch (URISyntaxException e) {
			return null;
		}
	}
}
