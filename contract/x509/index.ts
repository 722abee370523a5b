/**
 * X.509 parsing and certificate format conversion (FEATURES §7.1–7.3), shared by the mock cloud and the
 * certificate dialog. Both load it lazily with `import()`: it pulls in pkijs. Textual PEM rules stay in
 * contract/elb-v2/pem.ts; this module checks what the PEM blocks contain.
 */
export type { CertificateSummary } from './certificate';
export { parseCertificateChain } from './chain';
export { checkCertificateAndKey, inspectCertificate, privateKeyMatches, type CertificateInspection } from './check';
export { CertificateConversionError, convertToPem, type ConvertedPem } from './convert';
export { toPem } from './der';
export { detectCertificateFile, type CertificateFileKind } from './detect';
export type { X509Issue, X509Rule } from './issues';
export { parsePrivateKey, type KeyAlgorithm, type KeySummary, type ParsedPrivateKey } from './key';
export { certificateCoversDomain, certificateNames } from './names';
