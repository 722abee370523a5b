/**
 * Classic certificates (api/elb/classic-v1.0/certificate/*.rst, FEATURES §7.3): server certificates
 * for HTTPS and SSL listeners. Create answers 201 (with `tenant_id`), modify 200 (name and
 * description only), delete 204; the list answers `{ certificates, instance_num }` (a string).
 * Uploaded content is parsed as X.509 like the enhanced service does (contract/x509, loaded on the
 * first upload): a key that does not belong to the certificate is refused with ELB.1011.
 */
import {
  classicCertificatePaths,
  createClassicCertificateRequest,
  updateClassicCertificateRequest,
  type ClassicCertificate,
} from '../../../contract/elb-classic/certificates';
import { normalisePem } from '../../../contract/elb-v2/pem';
import type * as X509Module from '../../../contract/x509';
import { ApiFault } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext, type WriteHandler, type WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import { isWithinQuota } from '../context';
import { definedFields } from '../elb/children';
import { classicBodyFault, classicId, classicNow, classicTrace, type FieldCode } from './writes';

type X509 = typeof X509Module;

const CONTENT: FieldCode = { code: 'ELB.1011', message: 'Private_key or certificate content is not valid.' };
const CODES: Partial<Record<string, FieldCode>> = { certificate: CONTENT, private_key: CONTENT };

const certificateFaults = {
  notFound: (id: string) => new ApiFault(404, 'ELB.5040', `The certificate does not exist: ${id}.`),
  content: (detail: string) => new ApiFault(400, CONTENT.code, `${CONTENT.message} ${detail}`),
  quota: () => new ApiFault(400, 'ELB.5151', 'The certificate quantity exceeds the quota.'),
  /** No classic code says "in use"; ELB.8907 is the documented data conflict (as for enhanced certificates). */
  inUse: (id: string, listeners: string[]) =>
    new ApiFault(
      409,
      'ELB.8907',
      `Certificate ${id} is in use and cannot be deleted. It is used by listener ${listeners.join(', ')}.`,
    ),
} as const;

function mustGetCertificate(tx: ReadTx, id: string): ClassicCertificate {
  const row = tx.get('classicCertificates', id);
  if (!row) throw certificateFaults.notFound(id);
  return row;
}

/** Listeners that use the certificate as default (`certificate_id`) or SNI (`certificates`) certificate. */
function classicCertificateUsers(tx: ReadTx, id: string): string[] {
  return tx
    .all('classicListeners')
    .filter((listener) => listener.certificate_id === id || (listener.certificates ?? []).includes(id))
    .map((listener) => listener.name);
}

function create(ctx: RouteContext, tx: WriteTx, x509: X509): WriteResult {
  const body = parseBody(createClassicCertificateRequest, ctx.body, classicBodyFault(CODES));
  if (!isWithinQuota(tx, 'certificate', tx.all('classicCertificates').length)) throw certificateFaults.quota();
  const certificate = normalisePem(body.certificate);
  const privateKey = normalisePem(body.private_key);
  const { issues, certificates } = x509.inspectCertificate(certificate, privateKey);
  const issue = issues[0];
  if (issue) throw certificateFaults.content(issue.message);
  if (certificates.length === 0) throw certificateFaults.content('The certificate contains no X.509 certificate.');
  const now = classicNow(ctx);
  const row: ClassicCertificate = {
    id: classicId(tx),
    name: body.name ?? '',
    description: body.description ?? '',
    domain: body.domain || null,
    certificate,
    private_key: privateKey,
    create_time: now,
    update_time: now,
  };
  tx.put('classicCertificates', row);
  return { status: 201, body: { ...row, tenant_id: ctx.projectId }, audit: auditOf(row) };
}

function update(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetCertificate(tx, ctx.params.certificate_id!);
  const body = parseBody(updateClassicCertificateRequest, ctx.body, classicBodyFault({}));
  const next: ClassicCertificate = { ...row, ...definedFields(body), update_time: classicNow(ctx) };
  tx.put('classicCertificates', next);
  return { status: 200, body: next, audit: auditOf(next) };
}

function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetCertificate(tx, ctx.params.certificate_id!);
  const users = classicCertificateUsers(tx, row.id);
  if (users.length > 0) throw certificateFaults.inUse(row.id, users);
  tx.delete('classicCertificates', row.id);
  return { status: 204, audit: auditOf(row) };
}

/** The X.509 library is loaded on the first upload, not when the cloud starts. */
async function withX509(): Promise<WriteHandler> {
  const x509 = await import('../../../contract/x509');
  return (ctx, tx) => create(ctx, tx, x509);
}

const trace = (name: string) => classicTrace(name, 'certificate');

export const classicCertificateRoutes: Route[] = [
  {
    method: 'GET',
    path: classicCertificatePaths.list,
    family: 'classic',
    handle: (_ctx, tx) => {
      const certificates = tx.all('classicCertificates');
      return { status: 200, body: { certificates, instance_num: String(certificates.length) } };
    },
  },
  {
    method: 'POST',
    path: classicCertificatePaths.list,
    family: 'classic',
    trace: trace('createCertificate'),
    prepare: withX509,
  },
  {
    method: 'PUT',
    path: classicCertificatePaths.item,
    family: 'classic',
    trace: trace('updateCertificate'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: classicCertificatePaths.item,
    family: 'classic',
    trace: trace('deleteCertificate'),
    handle: remove,
  },
];
