package red.cardinal.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The {@code signature} of a pass: a detached CMS (PKCS#7) signature of its {@code manifest.json}
 * made with the Pass Type ID certificate, carrying that certificate and Apple's WWDR certificate,
 * with the signing time among the signed attributes. The JDK's own providers do the cryptography.
 */
final class PassSignatures {

	private PassSignatures() {
	}

	static byte[] sign(byte[] manifest, AppleCredentials credentials, Instant at) {
		try {
			String algorithm = "SHA256with" + ("EC".equals(credentials.key().getAlgorithm()) ? "ECDSA" : "RSA");
			var signer = new JcaContentSignerBuilder(algorithm).build(credentials.key());
			var signedAttributes = new ASN1EncodableVector();
			signedAttributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(at)))));
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signedAttributes)))
				.build(signer, credentials.certificate()));
			generator.addCertificates(new JcaCertStore(List.of(credentials.certificate(), credentials.wwdr())));
			return generator.generate(new CMSProcessableByteArray(manifest), false).getEncoded();
		}
		catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
			throw new IllegalStateException("The pass could not be signed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
