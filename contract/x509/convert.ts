/**
 * Converts uploaded certificate and key files to the PEM the guide requires (FEATURES §7.2):
 * DER → PEM (`openssl x509 -inform der`, `openssl rsa -inform DER`), P7B → PEM chain (`openssl pkcs7
 * -print_certs`), PFX → PEM chain and unencrypted PKCS#8 key (`openssl pkcs12 -nodes`).
 */
import { normalisePem } from '../elb-v2/pem';
import { decodeCertificate, type DecodedCertificate } from './certificate';
import { orderLeafFirst } from './chain';
import { CertificateConversionError } from './conversion-error';
import { pemBlocks, toPem } from './der';
import { derShape, textOf } from './detect';
import { readPrivateKey } from './key';
import { certificatesOfPkcs7 } from './pkcs7';
import { sec1ToPkcs8 } from './sec1';

export { CertificateConversionError };

export interface ConvertedPem {
  certificate?: string;
  privateKey?: string;
  /** Human notes, e.g. "Converted a DER certificate to PEM." */
  notes: string[];
}

/** RFC 7468 §8 says PKCS7; other tools write CMS. */
const PKCS7_LABELS = ['PKCS7', 'CMS', 'PKCS #7 SIGNED DATA'];

const unreadable = (message: string) => new CertificateConversionError('unreadable', message);

function decodeAll(ders: Uint8Array[], source: string): DecodedCertificate[] {
  return ders.map((der, index) => {
    const decoded = decodeCertificate(der);
    if (!decoded) throw unreadable(`Certificate ${index + 1} of the ${source} file is not an X.509 certificate.`);
    return decoded;
  });
}

function chainPem(certificates: DecodedCertificate[]): string {
  return certificates.map(({ der }) => toPem('CERTIFICATE', der)).join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function fromPkcs7(der: Uint8Array): { certificate: string; note: string } {
  const certificates = decodeAll(certificatesOfPkcs7(der), 'PKCS#7');
  if (certificates.length === 0) throw unreadable('The PKCS#7 (P7B) file contains no certificates.');
  return {
    certificate: chainPem(orderLeafFirst(certificates)),
    note: `Extracted ${plural(certificates.length, 'certificate')} from a PKCS#7 (P7B) file, server certificate first.`,
  };
}

function ecKeyToPkcs8(der: Uint8Array): string {
  const pkcs8 = sec1ToPkcs8(der);
  if (!pkcs8) throw new CertificateConversionError('unsupported', 'The EC private key does not name its curve.');
  return toPem('PRIVATE KEY', pkcs8);
}

async function fromPkcs12(der: Uint8Array, password: string | undefined): Promise<ConvertedPem> {
  // pkijs does not tree-shake (~85 kB gzipped): load it only when a PFX is opened.
  const { readPkcs12 } = await import('./pkcs12');
  const contents = await readPkcs12(der, password);
  const [privateKey, ...otherKeys] = contents.privateKeys;
  const key = privateKey && readPrivateKey('PRIVATE KEY', privateKey);
  const leafMaterial = key && 'key' in key ? key.key.publicMaterial : undefined;
  const certificates = decodeAll(contents.certificates, 'PKCS#12');
  const notes = [
    `Extracted ${plural(certificates.length, 'certificate')} and ${plural(contents.privateKeys.length, 'private key')} from a PKCS#12 (PFX) file.`,
  ];
  if (otherKeys.length > 0) notes.push('Only the first private key is used.');
  return {
    ...(certificates.length > 0 && { certificate: chainPem(orderLeafFirst(certificates, leafMaterial)) }),
    ...(privateKey && { privateKey: toPem('PRIVATE KEY', privateKey) }),
    notes,
  };
}

/** PEM text: certificates and one private key kept as they are; PKCS7 and EC PRIVATE KEY blocks converted. */
function fromPemText(text: string): ConvertedPem {
  const certificates: string[] = [];
  const keys: string[] = [];
  const notes: string[] = [];
  for (const { index, label, line, text: block, der } of pemBlocks(text)) {
    if (label === 'CERTIFICATE') {
      certificates.push(block);
    } else if (label === 'PRIVATE KEY' || label === 'RSA PRIVATE KEY') {
      keys.push(block);
    } else if (PKCS7_LABELS.includes(label) && der) {
      const converted = fromPkcs7(der);
      certificates.push(converted.certificate);
      notes.push(converted.note);
    } else if (label === 'EC PRIVATE KEY' && der) {
      keys.push(ecKeyToPkcs8(der));
      notes.push('Converted the EC PRIVATE KEY (SEC 1) to an unencrypted PKCS#8 PRIVATE KEY.');
    } else {
      notes.push(
        `Left out block ${index} (line ${line}): a ${label} block is neither a certificate nor a private key.`,
      );
    }
  }
  if (keys.length > 1) notes.push('Only the first private key is used.');
  if (certificates.length === 0 && keys.length === 0) {
    throw unreadable('The file contains no certificate or private key in PEM format.');
  }
  return {
    ...(certificates.length > 0 && { certificate: normalisePem(certificates.join('\n')) }),
    ...(keys[0] !== undefined && { privateKey: normalisePem(keys[0]) }),
    notes,
  };
}

/**
 * Converts a certificate or key file to PEM: PEM text (split into certificate and private key), DER
 * certificate, DER key (PKCS#1 → RSA PRIVATE KEY, PKCS#8 → PRIVATE KEY), PKCS#7/P7B (DER or PEM) → chain
 * ordered leaf → root, PKCS#12/PFX → chain and unencrypted PKCS#8 key.
 * @throws CertificateConversionError
 */
export async function convertToPem(bytes: Uint8Array, options: { password?: string } = {}): Promise<ConvertedPem> {
  const text = textOf(bytes);
  if (text?.includes('-----BEGIN ')) return fromPemText(text);
  switch (derShape(bytes)) {
    case 'certificate':
      if (!decodeCertificate(bytes)) throw unreadable('The DER file is not a valid X.509 certificate.');
      return { certificate: toPem('CERTIFICATE', bytes), notes: ['Converted a DER certificate to PEM.'] };
    case 'pkcs1-key':
      return {
        privateKey: toPem('RSA PRIVATE KEY', bytes),
        notes: ['Converted a DER RSA private key (PKCS#1) to PEM.'],
      };
    case 'pkcs8-key':
      return { privateKey: toPem('PRIVATE KEY', bytes), notes: ['Converted a DER private key (PKCS#8) to PEM.'] };
    case 'sec1-key':
      return { privateKey: ecKeyToPkcs8(bytes), notes: ['Converted a DER EC private key (SEC 1) to PKCS#8 PEM.'] };
    case 'pkcs7': {
      const { certificate, note } = fromPkcs7(bytes);
      return { certificate, notes: [note] };
    }
    case 'pkcs12':
      return fromPkcs12(bytes, options.password);
    default:
      throw unreadable('The file is not a PEM, DER, PKCS#7 (P7B) or PKCS#12 (PFX) certificate or private key.');
  }
}
