/** ELB v3 logtanks: access logging of a load balancer into an LTS log stream (FEATURES §9). */
import {
  logtankPaths,
  type CreateLogtankRequest,
  type ListLogtanksQuery,
  type LogtankListResponse,
  type LogtankResponse,
  type UpdateLogtankRequest,
} from '../../../contract/elb-v3/logtanks';
import { defineCall } from '../api-call';

const item = (id: string) => ({ path: logtankPaths.item, params: { logtank_id: id } });

export const logtanksApi = {
  list: (query: ListLogtanksQuery) =>
    defineCall<LogtankListResponse>({ family: 'elb', path: logtankPaths.list, query }),
  create: (body: CreateLogtankRequest) =>
    defineCall<LogtankResponse>({ family: 'elb', method: 'POST', path: logtankPaths.list, body }),
  update: (id: string, body: UpdateLogtankRequest) =>
    defineCall<LogtankResponse>({ family: 'elb', method: 'PUT', ...item(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...item(id) }),
};
