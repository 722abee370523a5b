/** Findings of the X.509 checks, shown next to the certificate and private key fields (FEATURES §7.1). */

export type X509Rule = 'not-x509' | 'chain-order' | 'key-unreadable' | 'key-unsupported' | 'key-mismatch';

export interface X509Issue {
  rule: X509Rule;
  /**
   * 1-based block number in the PEM, 0 when not block-specific. Certificate rules count blocks of the
   * certificate text; 'key-*' rules refer to the private key text.
   */
  block: number;
  /** 1-based line of that block's BEGIN line, 0 if unknown. */
  line: number;
  message: string;
}
