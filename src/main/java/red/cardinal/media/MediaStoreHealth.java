package red.cardinal.media;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The media store in the health endpoint and the readiness probe ({@code mediaStore}): a node whose
 * disk or bucket cannot be reached should get no traffic, though it is alive.
 */
@Component("mediaStore")
class MediaStoreHealth implements HealthIndicator {

	private final MediaStore store;

	MediaStoreHealth(MediaStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		try {
			store.check();
			return Health.up().build();
		}
		catch (RuntimeException e) {
			// the reason is for the log and the operator, not for anonymous callers of the probe
			return Health.down(e).build();
		}
	}
}
