import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificateChain } from './index';
import { makeChain, makeKey, type MadeChain } from './testing/make-certificates';

const NOT_BASE64 = ['-----BEGIN CERTIFICATE-----', 'not*base64', '-----END CERTIFICATE-----'].join('\n');
const NOT_A_CERTIFICATE = ['-----BEGIN CERTIFICATE-----', 'MAMCAQE=', '-----END CERTIFICATE-----'].join('\n');

describe('parseCertificateChain', () => {
  let chain: MadeChain;
  beforeAll(async () => {
    const [root, intermediate, leaf] = await Promise.all([makeKey('EC'), makeKey('EC', 'P-384'), makeKey('RSA')]);
    chain = await makeChain({ root, intermediate, leaf });
  });

  it('accepts server → intermediate → root, and a chain without its root', () => {
    const { certificates, issues } = parseCertificateChain(chain.pem);
    expect(issues).toEqual([]);
    expect(certificates.map((certificate) => certificate.commonName)).toEqual([
      'www.example.com',
      'ELB Test Intermediate CA',
      'ELB Test Root CA',
    ]);
    expect(parseCertificateChain([chain.leaf.pem, chain.intermediate.pem].join('\n')).issues).toEqual([]);
  });

  it('reads CRLF text with a trailing newline', () => {
    expect(parseCertificateChain(`${chain.pem.replace(/\n/g, '\r\n')}\r\n`).certificates).toHaveLength(3);
  });

  it('names the block that did not issue the one before it', () => {
    const { certificates, issues } = parseCertificateChain(
      [chain.leaf.pem, chain.root.pem, chain.intermediate.pem].join('\n'),
    );
    expect(certificates).toHaveLength(3);
    expect(issues).toEqual([
      {
        rule: 'chain-order',
        block: 2,
        line: chain.leaf.pem.split('\n').length + 1,
        message:
          'Block 2 did not issue block 1: the chain must be in the order server certificate, intermediate, root.',
      },
      {
        rule: 'chain-order',
        block: 3,
        line: chain.leaf.pem.split('\n').length + chain.root.pem.split('\n').length + 1,
        message:
          'Block 3 did not issue block 2: the chain must be in the order server certificate, intermediate, root.',
      },
    ]);
  });

  it('flags a reversed chain (root first)', () => {
    const reversed = [chain.root.pem, chain.intermediate.pem, chain.leaf.pem].join('\n');
    expect(parseCertificateChain(reversed).issues.map(({ rule, block }) => [rule, block])).toEqual([
      ['chain-order', 2],
      ['chain-order', 3],
    ]);
  });

  it('names a block that is not an X.509 certificate, and still reads the others', () => {
    const line = chain.leaf.pem.split('\n').length + 1;
    const { certificates, issues } = parseCertificateChain(
      [chain.leaf.pem, NOT_A_CERTIFICATE, chain.intermediate.pem].join('\n'),
    );
    expect(certificates.map((certificate) => certificate.commonName)).toEqual([
      'www.example.com',
      'ELB Test Intermediate CA',
    ]);
    expect(issues).toEqual([
      { rule: 'not-x509', block: 2, line, message: `Block 2 (line ${line}) is not an X.509 certificate.` },
    ]);
  });

  it('reports undecodable base64 and text without certificate blocks', () => {
    expect(parseCertificateChain(NOT_BASE64).issues).toEqual([
      { rule: 'not-x509', block: 1, line: 1, message: 'Block 1 (line 1) is not an X.509 certificate.' },
    ]);
    expect(parseCertificateChain('hello').issues).toEqual([
      {
        rule: 'not-x509',
        block: 0,
        line: 0,
        message: 'The certificate contains no -----BEGIN CERTIFICATE----- block.',
      },
    ]);
  });
});
