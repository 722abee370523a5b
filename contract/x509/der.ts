/**
 * Byte-level helpers shared by the X.509 module: base64, hex, PEM armour and a tolerant PEM block splitter.
 * The textual PEM rules (line lengths, armour, empty lines) live in contract/elb-v2/pem.ts; this splitter only
 * finds blocks and decodes what it can, so the X.509 checks can name the block and line they refer to.
 */
import * as asn1js from 'asn1js';

const PEM_LINE = 64;
const BEGIN = /^-----BEGIN ([^-]+)-----$/;
const END = /^-----END ([^-]+)-----$/;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** Decodes base64 (whitespace ignored); undefined when the text is not base64. */
function base64ToBytes(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  try {
    return Uint8Array.from(atob(compact), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Upper-case hex bytes joined by `separator` ("0A:1B"). */
export function toHex(bytes: Uint8Array, separator = ':'): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(separator);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** A copy of `bytes` in an ArrayBuffer of its own, for APIs typed to ArrayBuffer (WebCrypto, pkijs). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** PEM armour around DER: 64-character lines, no trailing newline. */
export function toPem(label: string, der: Uint8Array): string {
  const body = bytesToBase64(der).match(new RegExp(`.{1,${PEM_LINE}}`, 'g')) ?? [];
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');
}

export interface PemBlock {
  /** 1-based position among all BEGIN blocks of the text. */
  index: number;
  label: string;
  /** 1-based line of the BEGIN line. */
  line: number;
  /** The block's lines from BEGIN to END (or the end of the text), trailing spaces trimmed. */
  text: string;
  /** The decoded body, undefined when it is not base64. */
  der: Uint8Array | undefined;
}

/** Every `-----BEGIN X-----` block of a text, decoded where possible. Text outside blocks is ignored. */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let open: { label: string; line: number; lines: string[]; body: string[] } | undefined;
  const close = () => {
    if (!open) return;
    const { label, line, lines, body } = open;
    blocks.push({ index: blocks.length + 1, label, line, text: lines.join('\n'), der: base64ToBytes(body.join('')) });
    open = undefined;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const begin = BEGIN.exec(line);
    if (begin) {
      close();
      open = { label: begin[1] ?? '', line: index + 1, lines: [line], body: [] };
    } else if (open) {
      open.lines.push(line);
      if (END.test(line)) close();
      else if (!line.includes(':')) open.body.push(line); // RFC 1421 headers (Proc-Type, DEK-Info) carry no data
    }
  });
  close();
  return blocks;
}

/** The ASN.1 value encoded by `bytes`, or undefined when they are not exactly one BER/DER value. */
export function readAsn1(bytes: Uint8Array): asn1js.AsnType | undefined {
  if (bytes.length === 0) return undefined;
  const parsed = asn1js.fromBER(bytes);
  return parsed.offset === bytes.length && parsed.result.error === '' ? parsed.result : undefined;
}

/** The children of a constructed value (SEQUENCE, SET, [n] tag), empty otherwise. */
export function childrenOf(node: asn1js.AsnType | undefined): asn1js.AsnType[] {
  return node instanceof asn1js.Constructed ? node.valueBlock.value : [];
}

export function oidOf(node: asn1js.AsnType | undefined): string | undefined {
  return node instanceof asn1js.ObjectIdentifier ? node.getValue() : undefined;
}

/** Whether a node carries the given context-specific tag ([0], [1], …). */
export function isContextTag(node: asn1js.AsnType | undefined, tagNumber: number): boolean {
  return node !== undefined && node.idBlock.tagClass === 3 && node.idBlock.tagNumber === tagNumber;
}
