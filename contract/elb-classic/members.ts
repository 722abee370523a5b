/**
 * Backend ECSs of classic listeners (api/elb/classic-v1.0/backend_ecs/*.rst, FEATURES §5.4).
 * Adding and removing are asynchronous: both answer 200 with a `ClassicJobResponse`.
 * The list answers a bare array; the backend port is the listener's `backend_port`.
 */
import { z } from 'zod';
import { ipv4Address } from '../common';

export { classicMemberPaths } from './paths';

export type ClassicMemberStatus = 'ACTIVE' | 'PENDING' | 'ERROR';
/** NORMAL → healthy, ABNORMAL → unhealthy, UNAVAILABLE → no result. */
export type ClassicMemberHealthStatus = 'NORMAL' | 'ABNORMAL' | 'UNAVAILABLE';

export interface ClassicMember {
  /** The backend ECS ID within ELB (used to remove it). */
  id: string;
  /** Private IP address of the ECS. */
  server_address: string;
  /** Floating IP address assigned to the ECS. */
  address: string;
  status: ClassicMemberStatus;
  health_status: ClassicMemberHealthStatus;
  server_name: string | null;
  /** The ECS (cloud server) ID. */
  server_id: string;
  /** Listeners the ECS is associated with. */
  listeners: { id: string }[];
  create_time: string;
  update_time: string;
}

/** GET .../members answers a bare array. */
export type ClassicMemberListResponse = ClassicMember[];

/** `marker` is the ID of the last resource of the previous page; blank means the first page. */
export interface ClassicMemberListQuery {
  limit?: number;
  marker?: string;
}

/** Filters: every response field except listeners, server_name, update_time and create_time. */
export const classicMemberFilterKeys = [
  'id',
  'server_address',
  'address',
  'status',
  'health_status',
  'server_id',
] as const;
export type ClassicMemberFilterKey = (typeof classicMemberFilterKeys)[number];

export const classicMemberFields = {
  server_id: z.string('Select an ECS.').min(1, 'Select an ECS.'),
  address: ipv4Address,
};

/** POST .../members: an array at the top level, `[{ server_id, address }]` (adding_backend_ecss.rst). */
export const addClassicMembersRequest = z
  .array(
    z.object({ server_id: classicMemberFields.server_id, address: classicMemberFields.address }),
    'Provide a list of ECSs.',
  )
  .min(1, 'Select at least one ECS.')
  .superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (seen.has(member.server_id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'server_id'], message: 'Each ECS can be added only once.' });
      }
      seen.add(member.server_id);
    });
  });
export type AddClassicMembersRequest = z.infer<typeof addClassicMembersRequest>;

/** POST .../members/action: `{ removeMember: [{ id }] }` (removing_backend_ecss.rst). */
export const removeClassicMembersRequest = z.object({
  removeMember: z
    .array(
      z.object({ id: z.string('Select a backend ECS.').min(1, 'Select a backend ECS.') }),
      'removeMember must be a list.',
    )
    .min(1, 'Select at least one backend ECS to remove.'),
});
export type RemoveClassicMembersRequest = z.infer<typeof removeClassicMembersRequest>;
