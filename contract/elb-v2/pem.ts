/**
 * Textual PEM rules for certificates and private keys (guide/certificate/certificate_and_private_key_format.rst,
 * guide/certificate/creating_modifying_or_deleting_a_certificate.rst, v3 creating_a_certificate.rst;
 * FEATURES §7.1, C10). Pure text checks: no X.509 or key parsing here.
 */

export const PEM_LINE_LENGTH = 64;
export const CERTIFICATE_MAX_CHARS = 65_536;
export const MAX_CERTIFICATES_IN_CHAIN = 11;
export const PRIVATE_KEY_MAX_CHARS = 8_192;
/** C10: both armours are accepted. */
export const PRIVATE_KEY_LABELS = ['RSA PRIVATE KEY', 'PRIVATE KEY'] as const;

export type PemRule =
  | 'required'
  | 'max-length'
  | 'begin-line'
  | 'end-line'
  | 'empty-line'
  | 'line-length'
  | 'base64'
  | 'too-many-blocks'
  | 'encrypted';

export interface PemIssue {
  /** 1-based line number the issue points at. */
  line: number;
  rule: PemRule;
  message: string;
}

interface PemSpec {
  what: string;
  labels: readonly string[];
  maxChars: number;
  maxBlocks: number;
  tooManyBlocks: string;
}

interface OpenBlock {
  label: string;
  beginLine: number;
  body: { line: number; text: string }[];
}

const BEGIN = /^-----BEGIN ([A-Z0-9 ]+)-----$/;
const END = /^-----END ([A-Z0-9 ]+)-----$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const armour = (kind: 'BEGIN' | 'END', label: string) => `-----${kind} ${label}-----`;

function checkBody(block: OpenBlock, issues: PemIssue[]): void {
  if (block.body.length === 0) {
    issues.push({
      line: block.beginLine,
      rule: 'base64',
      message: `The block that starts on line ${block.beginLine} is empty.`,
    });
    return;
  }
  block.body.forEach(({ line, text }, index) => {
    const last = index === block.body.length - 1;
    if (!BASE64.test(text)) {
      issues.push({ line, rule: 'base64', message: `Line ${line} contains characters that are not base64.` });
    } else if (!last && text.length !== PEM_LINE_LENGTH) {
      issues.push({
        line,
        rule: 'line-length',
        message: `Line ${line} has ${text.length} characters; every line of a block except the last must have exactly 64.`,
      });
    } else if (last && text.length > PEM_LINE_LENGTH) {
      issues.push({
        line,
        rule: 'line-length',
        message: `Line ${line} has ${text.length} characters; a line can have at most 64.`,
      });
    }
  });
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function checkPem(text: string, spec: PemSpec): PemIssue[] {
  if (text.trim() === '') {
    return [{ line: 1, rule: 'required', message: `Paste the ${spec.what} in PEM format.` }];
  }
  const issues: PemIssue[] = [];
  if (text.length > spec.maxChars) {
    issues.push({
      line: lineAt(text, spec.maxChars),
      rule: 'max-length',
      message: `The ${spec.what} can contain at most ${spec.maxChars.toLocaleString('en-US')} characters; it has ${text.length.toLocaleString('en-US')}.`,
    });
  }
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // one trailing newline is tolerated
  const expected = spec.labels.map((label) => armour('BEGIN', label)).join(' or ');
  let block: OpenBlock | undefined;
  let blocks = 0;
  let outsideReported = false;

  const open = (label: string, line: number) => {
    blocks += 1;
    outsideReported = false;
    if (blocks === spec.maxBlocks + 1) issues.push({ line, rule: 'too-many-blocks', message: spec.tooManyBlocks });
    if (label.includes('ENCRYPTED')) {
      issues.push({
        line,
        rule: 'encrypted',
        message: `Line ${line}: the ${spec.what} is encrypted; upload it unencrypted.`,
      });
    } else if (!spec.labels.includes(label)) {
      issues.push({ line, rule: 'begin-line', message: `Line ${line} should be ${expected}.` });
    }
    block = { label, beginLine: line, body: [] };
  };

  lines.forEach((text, index) => {
    const line = index + 1;
    const begin = BEGIN.exec(text);
    if (text.trim() === '') {
      issues.push({
        line,
        rule: 'empty-line',
        message: `Line ${line} is empty; a PEM ${spec.what} cannot contain empty lines.`,
      });
    } else if (block === undefined) {
      if (begin) open(begin[1] ?? '', line);
      else if (!outsideReported) {
        outsideReported = true;
        const message =
          blocks === 0 ? `Line ${line} should be ${expected}.` : `Line ${line} is outside a BEGIN/END block.`;
        issues.push({ line, rule: 'begin-line', message });
      }
    } else if (END.test(text)) {
      if (END.exec(text)?.[1] !== block.label) {
        issues.push({ line, rule: 'end-line', message: `Line ${line} should be ${armour('END', block.label)}.` });
      }
      checkBody(block, issues);
      block = undefined;
    } else if (begin) {
      issues.push({
        line,
        rule: 'end-line',
        message: `The block that starts on line ${block.beginLine} has no END line before line ${line}.`,
      });
      checkBody(block, issues);
      open(begin[1] ?? '', line);
    } else if (/^Proc-Type:.*ENCRYPTED/.test(text)) {
      issues.push({
        line,
        rule: 'encrypted',
        message: `Line ${line}: the ${spec.what} is encrypted; upload it unencrypted.`,
      });
    } else if (!/^DEK-Info:/.test(text)) {
      block.body.push({ line, text });
    }
  });
  if (block !== undefined) {
    const { label, beginLine } = block;
    issues.push({
      line: lines.length,
      rule: 'end-line',
      message: `The block that starts on line ${beginLine} has no ${armour('END', label)} line.`,
    });
    checkBody(block, issues);
  }
  return issues.sort((a, b) => a.line - b.line);
}

/**
 * Certificate body (server or CA): `-----BEGIN CERTIFICATE-----` … `-----END CERTIFICATE-----` blocks
 * (a chain: server → intermediate → root), 64 characters per line except the last of each block, no empty
 * lines, at most 65,536 characters and 11 certificates.
 */
export function checkCertificatePem(text: string): PemIssue[] {
  return checkPem(text, {
    what: 'certificate',
    labels: ['CERTIFICATE'],
    maxChars: CERTIFICATE_MAX_CHARS,
    maxBlocks: MAX_CERTIFICATES_IN_CHAIN,
    tooManyBlocks: 'A certificate chain can contain at most 11 certificates.',
  });
}

/**
 * Private key: one unencrypted `RSA PRIVATE KEY` or `PRIVATE KEY` block (C10), 64 characters per line
 * except the last, no empty lines, at most 8,192 characters. `ENCRYPTED PRIVATE KEY` and
 * `Proc-Type: 4,ENCRYPTED` keys are refused.
 */
export function checkPrivateKeyPem(text: string): PemIssue[] {
  return checkPem(text, {
    what: 'private key',
    labels: PRIVATE_KEY_LABELS,
    maxChars: PRIVATE_KEY_MAX_CHARS,
    maxBlocks: 1,
    tooManyBlocks: 'Paste only one private key.',
  });
}

/** What the console uploads: LF line ends and no trailing newline (the guide asks to delete it). */
export function normalisePem(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}
