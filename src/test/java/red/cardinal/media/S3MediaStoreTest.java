package red.cardinal.media;

import java.net.URI;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against a real S3 API: s3proxy, in this JVM, on a free loopback port. */
class S3MediaStoreTest extends MediaStoreContract {

	static S3Proxy proxy;

	static S3MediaStore store;

	@BeforeAll
	static void startS3() throws Exception {
		proxy = S3Proxy.builder()
			.blobStore(new TransientNio2BlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret")
			.build();
		proxy.start();
		var config = new MediaProperties.S3("http://127.0.0.1:" + proxy.getPort(), "us-east-1", "media", "access",
				"secret", true);
		var client = S3MediaStore.client(config);
		client.createBucket(request -> request.bucket("media"));
		store = new S3MediaStore(client, "media");
	}

	@AfterAll
	static void stopS3() throws Exception {
		store.close();
		proxy.stop();
	}

	@Override
	MediaStore store() {
		return store;
	}

	@org.junit.jupiter.api.Test
	void isNotReadyWithoutItsBucket() {
		var config = new MediaProperties.S3("http://127.0.0.1:" + proxy.getPort(), "us-east-1", "gone", "access",
				"secret", true);
		try (var missing = new S3MediaStore(S3MediaStore.client(config), "gone")) {
			org.assertj.core.api.Assertions.assertThatThrownBy(missing::check).isInstanceOf(RuntimeException.class);
		}
	}
}
