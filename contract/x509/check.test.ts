import * as asn1js from 'asn1js';
import { beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, isContextTag, pemBlocks, readAsn1, toPem } from './der';
import { checkCertificateAndKey, parsePrivateKey, privateKeyMatches } from './index';
import {
  makeChain,
  makeCertificate,
  makeKey,
  VALID_FROM,
  VALID_UNTIL,
  type MadeChain,
  type MadeCertificate,
} from './testing/make-certificates';

/** The same PKCS#8 EC key without the optional public point [1] of its ECPrivateKey. */
function withoutPublicPoint(keyPem: string): string {
  const [version, algorithm, privateKey] = childrenOf(readAsn1(pemBlocks(keyPem)[0]!.der!));
  const inner = privateKey instanceof asn1js.OctetString ? readAsn1(privateKey.valueBlock.valueHexView) : undefined;
  const fields = childrenOf(inner).filter((field) => !isContextTag(field, 1));
  const ecPrivateKey = new asn1js.OctetString({ valueHex: new asn1js.Sequence({ value: fields }).toBER() });
  const info = new asn1js.Sequence({ value: [version!, algorithm!, ecPrivateKey] });
  return toPem('PRIVATE KEY', new Uint8Array(info.toBER()));
}

describe('private key and certificate', () => {
  let chain: MadeChain;
  let ecServer: MadeCertificate;
  let otherEc: MadeCertificate;
  beforeAll(async () => {
    const [root, intermediate, leaf, ec, ec2] = await Promise.all([
      makeKey('EC'),
      makeKey('RSA'),
      makeKey('RSA'),
      makeKey('EC'),
      makeKey('EC'),
    ]);
    chain = await makeChain({ root, intermediate, leaf });
    const validity = { notBefore: VALID_FROM, notAfter: VALID_UNTIL };
    [ecServer, otherEc] = await Promise.all([
      makeCertificate({ subjectCN: 'ec.example.com', key: ec, ...validity }),
      makeCertificate({ subjectCN: 'ec.example.com', key: ec2, ...validity }),
    ]);
  });

  it('matches the key of the first certificate of the chain', () => {
    expect(privateKeyMatches(chain.pem, parsePrivateKey(chain.leaf.keyPem).key!)).toBe(true);
    expect(privateKeyMatches(chain.pem, parsePrivateKey(chain.leaf.keyPemPkcs1!).key!)).toBe(true);
    expect(privateKeyMatches(chain.pem, parsePrivateKey(chain.intermediate.keyPem).key!)).toBe(false);
    expect(privateKeyMatches(ecServer.pem, parsePrivateKey(ecServer.keyPem).key!)).toBe(true);
    expect(privateKeyMatches(ecServer.pem, parsePrivateKey(otherEc.keyPem).key!)).toBe(false);
    expect(privateKeyMatches(ecServer.pem, parsePrivateKey(chain.leaf.keyPem).key!)).toBe(false);
  });

  it('cannot tell for an EC key without its public point', () => {
    const key = parsePrivateKey(withoutPublicPoint(ecServer.keyPem));
    expect(key.issues).toEqual([]);
    expect(privateKeyMatches(ecServer.pem, key.key!)).toBeUndefined();
    expect(checkCertificateAndKey(ecServer.pem, withoutPublicPoint(otherEc.keyPem))).toEqual([]);
  });

  it('checks the chain, the key and whether they belong together', () => {
    expect(checkCertificateAndKey(chain.pem, chain.leaf.keyPem)).toEqual([]);
    expect(checkCertificateAndKey(chain.pem, undefined)).toEqual([]);
    expect(checkCertificateAndKey(chain.pem, chain.intermediate.keyPem)).toEqual([
      {
        rule: 'key-mismatch',
        block: 0,
        line: 0,
        message:
          "The private key does not belong to the certificate: the certificate's public key is not the public part of this private key.",
      },
    ]);
    expect(checkCertificateAndKey(chain.pem, ecServer.keyPem)[0]?.message).toBe(
      'The private key does not belong to the certificate: the certificate has an RSA 2048-bit key and the private key is an EC P-256 key.',
    );
  });

  it('reports chain and key issues together, without a mismatch it cannot establish', () => {
    const wrongOrder = [chain.intermediate.pem, chain.leaf.pem].join('\n');
    expect(checkCertificateAndKey(wrongOrder, ecServer.keyPemSec1).map(({ rule }) => rule)).toEqual([
      'chain-order',
      'key-unsupported',
    ]);
  });
});
