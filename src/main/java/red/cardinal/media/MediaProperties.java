package red.cardinal.media;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where media lives: {@code cardinal.media.store=disk} (the default, under the data directory)
 * or {@code s3}, any S3-compatible bucket, so that many nodes share one store.
 */
@ConfigurationProperties("cardinal.media")
public record MediaProperties(String store, S3 s3) {

	public MediaProperties {
		store = store == null ? "disk" : store;
		s3 = s3 == null ? new S3(null, null, null, null, null, false) : s3;
	}

	/** An S3-compatible bucket; {@code endpoint} may be left out for AWS itself. */
	public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {

		public S3 {
			region = region == null ? "us-east-1" : region;
		}
	}
}
