/**
 * Certificates and who uses them. The certificates page, the HTTPS listener fields and the
 * rotation all read the same two lists: every certificate and every listener, one request each.
 */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { certificatesApi } from '../clients/elb-certificates';
import { listenersApi } from '../clients/elb-children';
import { rootKeys } from './keys';

export const certificateKeys = {
  all: rootKeys.certificates,
  list: () => [...certificateKeys.all, 'list'] as const,
  detail: (id: string) => [...certificateKeys.all, 'detail', id] as const,
  /** Every listener of the project, to find the ones that use each certificate. */
  users: () => [...rootKeys.listeners, 'all'] as const,
};

export const certificateQueries = {
  list: () =>
    queryOptions({
      queryKey: certificateKeys.list(),
      queryFn: ({ signal }) => call(certificatesApi.list(), signal).then((response) => response.certificates),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: certificateKeys.detail(id),
      queryFn: ({ signal }) => call(certificatesApi.get(id), signal),
    }),
  users: () =>
    queryOptions({
      queryKey: certificateKeys.users(),
      queryFn: ({ signal }) => call(listenersApi.list({}), signal).then((response) => response.listeners),
    }),
};
