package red.cardinal.media;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Media in an S3-compatible bucket (AWS, MinIO, Ceph, R2, …), for instances of many nodes. */
@Component
@ConditionalOnProperty(name = "cardinal.media.store", havingValue = "s3")
class S3MediaStore implements MediaStore, AutoCloseable {

	private final S3Client s3;
	private final String bucket;

	@Autowired
	S3MediaStore(MediaProperties properties) {
		this(client(properties.s3()), properties.s3().bucket());
	}

	S3MediaStore(S3Client s3, String bucket) {
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalStateException("Set cardinal.media.s3.bucket (CARDINAL_MEDIA_S3_BUCKET) to store media in S3");
		}
		this.s3 = s3;
		this.bucket = bucket;
	}

	static S3Client client(MediaProperties.S3 config) {
		var builder = S3Client.builder()
			.region(Region.of(config.region()))
			.forcePathStyle(config.pathStyle())
			.httpClientBuilder(UrlConnectionHttpClient.builder());
		if (config.endpoint() != null && !config.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(config.endpoint()));
		}
		builder.credentialsProvider(config.accessKey() == null ? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())));
		return builder.build();
	}

	@Override
	public void put(String key, byte[] bytes, String contentType) {
		check(key);
		s3.putObject(request -> request.bucket(bucket)
			.key(key)
			.contentType(contentType)
			.cacheControl("public, max-age=31536000, immutable"), RequestBody.fromBytes(bytes));
	}

	@Override
	public void check() {
		s3.headBucket(request -> request.bucket(bucket));
	}

	@Override
	public Optional<byte[]> get(String key) {
		check(key);
		try {
			return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());
		}
		catch (NoSuchKeyException e) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		check(key);
		s3.deleteObject(request -> request.bucket(bucket).key(key));
	}

	@Override
	public void close() {
		s3.close();
	}

	private static void check(String key) {
		if (!MediaStore.validKey(key)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
	}
}
