/** The v3 listener update: the advanced settings v2.0 cannot set (timeouts, inserted headers). */
import { listenerV3Paths } from '../../../contract/elb-v3/listener-paths';
import type { ListenerV3Response, UpdateListenerV3Request } from '../../../contract/elb-v3/listeners';
import { defineCall } from '../api-call';

export const listenersV3Api = {
  update: (id: string, body: UpdateListenerV3Request) =>
    defineCall<ListenerV3Response>({
      family: 'elb',
      method: 'PUT',
      path: listenerV3Paths.item,
      params: { listener_id: id },
      body,
    }),
};
