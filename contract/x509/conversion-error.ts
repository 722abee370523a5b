/** Why a file could not be converted to PEM; `reason` lets the dialog ask for a password or explain. */
export class CertificateConversionError extends Error {
  constructor(
    readonly reason: 'password-required' | 'wrong-password' | 'unsupported' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'CertificateConversionError';
  }
}
