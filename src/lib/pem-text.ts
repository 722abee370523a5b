/** A PEM file may hold the certificate chain and the key together: each goes to its own field. */
import type { ConvertedPem } from '../../contract/x509';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

export function splitPemText(text: string): ConvertedPem {
  const blocks = [...text.replace(/\r\n/g, '\n').matchAll(BLOCK)];
  const certificates = blocks.filter((block) => block[1] === 'CERTIFICATE').map((block) => block[0]);
  const key = blocks.find((block) => block[1]?.endsWith('PRIVATE KEY'))?.[0];
  // Text that is not recognised goes to the certificate field, where its format problems are explained.
  if (certificates.length === 0 && key === undefined) return { certificate: text, notes: [] };
  return {
    ...(certificates.length > 0 ? { certificate: certificates.join('\n') } : {}),
    ...(key !== undefined ? { privateKey: key } : {}),
    notes: [],
  };
}
