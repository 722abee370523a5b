/** PKCS#7 / P7B certificate bundles (Windows Server, Tomcat; FEATURES §7.2 `openssl pkcs7 -print_certs`). */
import * as asn1js from 'asn1js';
import { childrenOf, isContextTag, readAsn1 } from './der';

/**
 * The certificates of ContentInfo { signedData, [0] SignedData { …, [0] IMPLICIT certificates, … } }, as their
 * original encodings, in file order. Attribute certificates and other choices are skipped.
 */
export function certificatesOfPkcs7(der: Uint8Array): Uint8Array[] {
  const [, explicit] = childrenOf(readAsn1(der));
  const signedData = childrenOf(explicit)[0];
  const certificates = childrenOf(signedData).find((field) => isContextTag(field, 0));
  return childrenOf(certificates)
    .filter((certificate) => certificate instanceof asn1js.Sequence)
    .map((certificate) => certificate.valueBeforeDecodeView.slice());
}
