import type { ClassicMember } from '../../../../../contract/elb-classic/members';
import type { ListenerSectionProps } from '../components/listener-section-props';

/** What Add and Remove Backend ECSs are given: the listener, and its ECSs (present, or to remove). */
export interface MembersDialogProps extends Pick<ListenerSectionProps, 'loadBalancer' | 'listener'> {
  members: readonly ClassicMember[];
}
