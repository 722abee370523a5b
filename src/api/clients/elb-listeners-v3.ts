/**
 * The v3 listener: details and update, for the settings v2.0 neither shows nor sets (timeouts,
 * inserted headers, transparent client IP).
 */
import { listenerV3Paths } from '../../../contract/elb-v3/listener-paths';
import type { ListenerV3Response, UpdateListenerV3Request } from '../../../contract/elb-v3/listeners';
import { defineCall } from '../api-call';

export const listenersV3Api = {
  get: (id: string) =>
    defineCall<ListenerV3Response>({
      family: 'elb',
      method: 'GET',
      path: listenerV3Paths.item,
      params: { listener_id: id },
    }),
  update: (id: string, body: UpdateListenerV3Request) =>
    defineCall<ListenerV3Response>({
      family: 'elb',
      method: 'PUT',
      path: listenerV3Paths.item,
      params: { listener_id: id },
      body,
    }),
};
