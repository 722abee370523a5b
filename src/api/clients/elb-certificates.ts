/** Enhanced load balancer certificates (v2.0; bodies are not wrapped). */
import type {
  Certificate,
  CertificateListResponse,
  CreateCertificateRequest,
  UpdateCertificateRequest,
} from '../../../contract/elb-v2/certificates';
import { certificatePaths } from '../../../contract/elb-v2/paths';
import { defineCall } from '../api-call';
import type { QueryValue } from '../http';

const item = (id: string) => ({ path: certificatePaths.item, params: { certificate_id: id } });

export const certificatesApi = {
  list: (query: Record<string, QueryValue> = {}) =>
    defineCall<CertificateListResponse>({ family: 'elb', path: certificatePaths.list, query }),
  get: (id: string) => defineCall<Certificate>({ family: 'elb', ...item(id) }),
  create: (body: CreateCertificateRequest) =>
    defineCall<Certificate>({ family: 'elb', method: 'POST', path: certificatePaths.list, body }),
  update: (id: string, body: UpdateCertificateRequest) =>
    defineCall<Certificate>({ family: 'elb', method: 'PUT', ...item(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...item(id) }),
};
