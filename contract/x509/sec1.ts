/** EC keys in the SEC 1 `EC PRIVATE KEY` format, which the guide does not accept, rewrapped as PKCS#8. */
import * as asn1js from 'asn1js';
import { childrenOf, isContextTag, oidOf, readAsn1 } from './der';
import { OID_EC } from './key';

/**
 * PrivateKeyInfo { 0, { id-ecPublicKey, namedCurve }, ECPrivateKey } around a SEC 1 ECPrivateKey, like
 * `openssl pkcs8 -topk8 -nocrypt`. Undefined when the key names no curve.
 */
export function sec1ToPkcs8(der: Uint8Array): Uint8Array | undefined {
  const fields = childrenOf(readAsn1(der));
  const curve = oidOf(childrenOf(fields.find((field) => isContextTag(field, 0)))[0]);
  if (!curve) return undefined;
  const info = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 0 }),
      new asn1js.Sequence({
        value: [new asn1js.ObjectIdentifier({ value: OID_EC }), new asn1js.ObjectIdentifier({ value: curve })],
      }),
      new asn1js.OctetString({ valueHex: der }),
    ],
  });
  return new Uint8Array(info.toBER());
}
