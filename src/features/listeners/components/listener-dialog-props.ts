/** What every dialog about one listener is given by the listener pane. */
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';

export interface ListenerDialogProps {
  loadBalancer: LoadBalancer;
  listener: Listener;
  onClose(): void;
}
