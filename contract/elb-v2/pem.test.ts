import { describe, expect, it } from 'vitest';
import { checkCertificatePem, checkPrivateKeyPem, normalisePem } from './pem';

const B64 = 'MIIDIjCCAougAwIBAgIJALV96mEtVF4EMA0GCSqGSIb3DQEBBQUAMGoxCzAJBgNV';
const block = (label: string, lines = 3, last = 'BQADgYEAASkC/1iwiALa2RU3YCxqZFEEsZZvQ==') => [
  `-----BEGIN ${label}-----`,
  ...Array.from({ length: lines }, () => B64),
  last,
  `-----END ${label}-----`,
];
const cert = (...blocks: string[][]) => blocks.flat().join('\n');
const rules = (issues: { rule: string }[]) => issues.map((issue) => issue.rule);

/** A well-formed single-block PEM text of exactly `total` characters. */
function pemOfLength(label: string, total: number): string {
  const head = `-----BEGIN ${label}-----\n`;
  const tail = `\n-----END ${label}-----`;
  const room = total - head.length - tail.length;
  const full = Math.floor((room - 1) / 65);
  const last = room - full * 65;
  if (last > 64) throw new Error('pick another length');
  return head + [...Array.from({ length: full }, () => 'A'.repeat(64)), 'A'.repeat(last)].join('\n') + tail;
}

describe('checkCertificatePem', () => {
  it('accepts a certificate and a chain, with or without one trailing newline', () => {
    expect(checkCertificatePem(cert(block('CERTIFICATE')))).toEqual([]);
    expect(checkCertificatePem(`${cert(block('CERTIFICATE'), block('CERTIFICATE'))}\n`)).toEqual([]);
    expect(checkCertificatePem(cert(block('CERTIFICATE')).replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('asks for content when blank', () => {
    expect(checkCertificatePem('  ')).toEqual([
      { line: 1, rule: 'required', message: 'Paste the certificate in PEM format.' },
    ]);
  });

  it('points at a wrong first line', () => {
    const issues = checkCertificatePem(cert(['hello'], block('CERTIFICATE')));
    expect(issues).toEqual([{ line: 1, rule: 'begin-line', message: 'Line 1 should be -----BEGIN CERTIFICATE-----.' }]);
    expect(checkCertificatePem(cert(block('PUBLIC KEY')))[0]).toMatchObject({ line: 1, rule: 'begin-line' });
  });

  it('points at a line that is not 64 characters', () => {
    const lines = block('CERTIFICATE');
    lines[2] = B64.slice(0, 63);
    const issues = checkCertificatePem(lines.join('\n'));
    expect(issues).toEqual([
      {
        line: 3,
        rule: 'line-length',
        message: 'Line 3 has 63 characters; every line of a block except the last must have exactly 64.',
      },
    ]);
    lines[2] = `${B64}A`;
    expect(checkCertificatePem(lines.join('\n'))[0]).toMatchObject({ line: 3, rule: 'line-length' });
  });

  it('allows a short last line but not a long one', () => {
    expect(checkCertificatePem(cert(block('CERTIFICATE', 2, 'AB==')))).toEqual([]);
    expect(checkCertificatePem(cert(block('CERTIFICATE', 2, B64)))).toEqual([]);
    expect(checkCertificatePem(cert(block('CERTIFICATE', 2, `${B64}AA`)))[0]).toMatchObject({
      line: 4,
      rule: 'line-length',
    });
  });

  it('points at empty lines', () => {
    const lines = block('CERTIFICATE');
    lines.splice(2, 0, '');
    expect(checkCertificatePem(lines.join('\n'))).toEqual([
      { line: 3, rule: 'empty-line', message: 'Line 3 is empty; a PEM certificate cannot contain empty lines.' },
    ]);
    expect(rules(checkCertificatePem(`${cert(block('CERTIFICATE'))}\n\n`))).toEqual(['empty-line']);
  });

  it('points at non-base64 characters and a missing or wrong END line', () => {
    const lines = block('CERTIFICATE');
    lines[1] = `${B64.slice(0, 63)}!`;
    expect(checkCertificatePem(lines.join('\n'))[0]).toMatchObject({ line: 2, rule: 'base64' });
    expect(checkCertificatePem(block('CERTIFICATE').slice(0, -1).join('\n'))).toEqual([
      { line: 5, rule: 'end-line', message: 'The block that starts on line 1 has no -----END CERTIFICATE----- line.' },
    ]);
    const wrongEnd = block('CERTIFICATE');
    wrongEnd[5] = '-----END PRIVATE KEY-----';
    expect(checkCertificatePem(wrongEnd.join('\n'))[0]).toMatchObject({ line: 6, rule: 'end-line' });
  });

  it('points at text between or after blocks', () => {
    expect(checkCertificatePem(cert(block('CERTIFICATE'), ['junk']))).toEqual([
      { line: 7, rule: 'begin-line', message: 'Line 7 is outside a BEGIN/END block.' },
    ]);
  });

  it('allows 65,536 characters but not 65,537', () => {
    expect(pemOfLength('CERTIFICATE', 65_536)).toHaveLength(65_536);
    expect(checkCertificatePem(pemOfLength('CERTIFICATE', 65_536))).toEqual([]);
    expect(rules(checkCertificatePem(pemOfLength('CERTIFICATE', 65_537)))).toEqual(['max-length']);
    expect(checkCertificatePem(pemOfLength('CERTIFICATE', 65_537))[0]?.message).toBe(
      'The certificate can contain at most 65,536 characters; it has 65,537.',
    );
  });

  it('allows 11 certificates but not 12', () => {
    const chain = (n: number) => cert(...Array.from({ length: n }, () => block('CERTIFICATE')));
    expect(checkCertificatePem(chain(11))).toEqual([]);
    expect(checkCertificatePem(chain(12))).toEqual([
      { line: 67, rule: 'too-many-blocks', message: 'A certificate chain can contain at most 11 certificates.' },
    ]);
  });
});

describe('checkPrivateKeyPem', () => {
  it('accepts RSA PRIVATE KEY and PRIVATE KEY armour (C10)', () => {
    expect(checkPrivateKeyPem(cert(block('RSA PRIVATE KEY')))).toEqual([]);
    expect(checkPrivateKeyPem(cert(block('PRIVATE KEY')))).toEqual([]);
  });
  it('refuses encrypted keys', () => {
    expect(rules(checkPrivateKeyPem(cert(block('ENCRYPTED PRIVATE KEY'))))).toEqual(['encrypted']);
    const legacy = block('RSA PRIVATE KEY');
    legacy.splice(1, 0, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,0123456789ABCDEF');
    expect(checkPrivateKeyPem(legacy.join('\n'))).toEqual([
      { line: 2, rule: 'encrypted', message: 'Line 2: the private key is encrypted; upload it unencrypted.' },
    ]);
  });
  it('refuses other armour and more than one key', () => {
    expect(checkPrivateKeyPem(cert(block('CERTIFICATE')))[0]?.message).toBe(
      'Line 1 should be -----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----.',
    );
    expect(checkPrivateKeyPem(cert(block('PRIVATE KEY'), block('PRIVATE KEY')))).toEqual([
      { line: 7, rule: 'too-many-blocks', message: 'Paste only one private key.' },
    ]);
  });
  it('allows 8,192 characters but not 8,193', () => {
    expect(checkPrivateKeyPem(pemOfLength('PRIVATE KEY', 8_192))).toEqual([]);
    expect(rules(checkPrivateKeyPem(pemOfLength('PRIVATE KEY', 8_193)))).toEqual(['max-length']);
  });
});

describe('normalisePem', () => {
  it('uses LF and drops trailing newlines', () => {
    expect(normalisePem('a\r\nb\r\n\r\n')).toBe('a\nb');
  });
});
