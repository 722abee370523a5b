/**
 * ELB v2.0 certificates: create, list, show, update, delete (api/elb/v2.0/certificate/*.rst; FEATURES §7).
 * Bodies are not wrapped. Uploaded certificates are parsed for real (contract/x509, loaded on the first
 * certificate write): `expire_time` comes from the certificate, and a key that does not belong to it,
 * a chain out of order or a block that is not X.509 is refused with the documented content codes.
 */
import {
  certificateFilterKeys,
  certificatePaths,
  createCertificateRequest,
  checkCertificateUpdate,
  toCertificateTimestamp,
  updateCertificateRequest,
  type Certificate,
  type CertificateType,
} from '../../../contract/elb-v2/certificates';
import { normalisePem } from '../../../contract/elb-v2/pem';
import type * as X509Module from '../../../contract/x509';
import { ApiFault, elbFaults } from '../../http/fault';
import { applyFilters, applySort, paginate } from '../../http/paging';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext, type WriteHandler, type WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import { isWithinQuota, mustGet, newId } from '../context';
import { assertTenant, elbTrace, plainField, refuseIssues } from './children';
import { certificateUsers, describeUse } from './certificate-users';

type X509 = typeof X509Module;

/** Certificate IDs are 32 hexadecimal characters (ELB.5020 "The certificate ID must be 32 characters"). */
const certificateId = (tx: WriteTx) => newId(tx).replace(/-/g, '');

/** Invalid content answers ELB.1011 for server certificates and ELB.5051 for CA certificates (error_codes.rst). */
function contentFault(type: CertificateType, detail: string): ApiFault {
  return type === 'client'
    ? new ApiFault(400, 'ELB.5051', `CA certificate content is not valid. ${detail}`)
    : new ApiFault(400, 'ELB.1011', `Private_key or certificate content is not valid. ${detail}`);
}

/** Schema faults on the certificate or key text are content faults; the rest are ordinary 400s. */
const bodyFault = (type: CertificateType) => (message: string, path: readonly PropertyKey[]) =>
  path[0] === 'certificate' || path[0] === 'private_key' ? contentFault(type, message) : elbFaults.invalid(message);

interface Content {
  certificate: string;
  private_key: string;
  domain: string | null;
  expire_time: string;
}

/**
 * Reads the certificate (and, for server certificates, its key) as X.509: the first issue is refused.
 * A domain must be one the certificate covers, since SNI picks the certificate by it.
 */
function readContent(x509: X509, type: CertificateType, draft: Omit<Content, 'expire_time'>): Content {
  const certificate = normalisePem(draft.certificate);
  const privateKey = type === 'server' ? normalisePem(draft.private_key) : '';
  const { issues, certificates } = x509.inspectCertificate(certificate, type === 'server' ? privateKey : undefined);
  const issue = issues[0];
  if (issue) throw contentFault(type, issue.message);
  const leaf = certificates[0];
  if (!leaf) throw contentFault(type, 'The certificate contains no X.509 certificate.');
  if (draft.domain && !x509.certificateCoversDomain(leaf, draft.domain)) {
    const names = x509.certificateNames(leaf);
    throw elbFaults.invalidParameter(
      `Invalid domain: the certificate is not issued for ${draft.domain}; it covers ${names.length > 0 ? names.join(', ') : 'no domain name'}.`,
    );
  }
  return {
    certificate,
    private_key: privateKey,
    domain: type === 'server' ? draft.domain || null : null,
    expire_time: toCertificateTimestamp(leaf.notAfter.getTime()),
  };
}

function create(ctx: RouteContext, tx: WriteTx, x509: X509): WriteResult {
  const type = (ctx.body as { type?: unknown } | undefined)?.type === 'client' ? 'client' : 'server';
  const body = parseBody(createCertificateRequest, ctx.body, bodyFault(type));
  assertTenant(ctx, body.tenant_id);
  if (!isWithinQuota(tx, 'certificate', tx.all('certificates').length)) {
    throw new ApiFault(400, 'ELB.5151', 'The certificate quantity exceeds the quota.');
  }
  const content = readContent(x509, type, {
    certificate: body.certificate,
    private_key: body.private_key ?? '',
    domain: body.domain ?? null,
  });
  const now = toCertificateTimestamp(ctx.clock.now());
  const row: Certificate = {
    id: certificateId(tx),
    tenant_id: ctx.projectId,
    admin_state_up: true,
    name: body.name ?? '',
    description: body.description ?? '',
    type,
    ...content,
    create_time: now,
    update_time: now,
  };
  tx.put('certificates', row);
  return { status: 201, body: row, audit: auditOf(row) };
}

/** New content applies to every listener that uses the certificate: listeners hold only its ID. */
function update(ctx: RouteContext, tx: WriteTx, x509: X509): WriteResult {
  const row = mustGet(tx, 'certificates', ctx.params.certificate_id!, 'certificate');
  const body = parseBody(updateCertificateRequest, ctx.body, bodyFault(row.type));
  refuseIssues([], checkCertificateUpdate(row, body));
  const changesContent = body.certificate !== undefined || body.private_key !== undefined || body.domain !== undefined;
  const content = changesContent
    ? readContent(x509, row.type, {
        certificate: body.certificate ?? row.certificate,
        private_key: body.private_key ?? row.private_key,
        domain: body.domain === undefined ? row.domain : body.domain,
      })
    : {};
  const next: Certificate = {
    ...row,
    name: body.name ?? row.name,
    description: body.description ?? row.description,
    admin_state_up: body.admin_state_up ?? row.admin_state_up,
    ...content,
    update_time: toCertificateTimestamp(ctx.clock.now()),
  };
  tx.put('certificates', next);
  return { status: 200, body: next, audit: auditOf(next) };
}

/** deleting_a_certificate.rst: a certificate used by a listener (server, CA or SNI) answers 409. */
function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGet(tx, 'certificates', ctx.params.certificate_id!, 'certificate');
  const users = certificateUsers(tx, row.id);
  if (users.length > 0) {
    throw elbFaults.conflict(
      `Certificate ${row.id} is in use and cannot be deleted. It is used by ${users.map(describeUse).join('; ')}.`,
    );
  }
  tx.delete('certificates', row.id);
  return { status: 204, audit: auditOf(row) };
}

/** The X.509 library is loaded on the first certificate write, not when the cloud starts. */
const withX509 =
  (handle: (ctx: RouteContext, tx: WriteTx, x509: X509) => WriteResult) => async (): Promise<WriteHandler> => {
    const x509 = await import('../../../contract/x509');
    return (ctx, tx) => handle(ctx, tx, x509);
  };

/** Lists are paged with marker/limit but carry no links; `instance_num` counts what the filters matched. */
function list(ctx: RouteContext, tx: ReadTx) {
  const filtered = applyFilters(tx.all('certificates'), ctx.query, certificateFilterKeys, plainField);
  const sorted = applySort(filtered, ctx.query, ['id', 'name', 'create_time', 'expire_time'], plainField);
  const page = paginate(sorted, ctx.url, 'certificate');
  return { status: 200, body: { certificates: page.items, instance_num: filtered.length } };
}

const trace = (name: string) => elbTrace(name, 'certificate');

export const certificateRoutes: Route[] = [
  { method: 'GET', path: certificatePaths.list, family: 'elb', handle: list },
  {
    method: 'POST',
    path: certificatePaths.list,
    family: 'elb',
    trace: trace('createCertificate'),
    prepare: withX509(create),
  },
  {
    method: 'GET',
    path: certificatePaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: mustGet(tx, 'certificates', ctx.params.certificate_id!, 'certificate'),
    }),
  },
  {
    method: 'PUT',
    path: certificatePaths.item,
    family: 'elb',
    trace: trace('updateCertificate'),
    prepare: withX509(update),
  },
  { method: 'DELETE', path: certificatePaths.item, family: 'elb', trace: trace('deleteCertificate'), handle: remove },
];
