/**
 * Tags of load balancers and listeners (api/elb/v2.0/tag/*.rst, guide/tag.rst, FEATURES §8).
 * The same API serves both resource types; only the path segment differs.
 */
import { z } from 'zod';

export type TaggedResourceType = 'loadbalancers' | 'listeners';

export { tagPaths } from './paths';

/** C1: 20 tags per resource; the create-LB form allows 10. */
export const MAX_TAGS_PER_RESOURCE = 20;
export const MAX_TAGS_AT_LB_CREATION = 10;

// C2: the API character set (letters, digits, '-', '_'); '@' from the guide is refused.
const TAG_CHARS = /^[A-Za-z0-9_-]*$/;

export const tagKey = z
  .string()
  .min(1, 'The tag key cannot be blank.')
  .max(36, 'The tag key can contain 1 to 36 characters.')
  .regex(TAG_CHARS, 'The tag key can contain only letters, digits, hyphens (-) and underscores (_).');

export const tagValue = z
  .string()
  .max(43, 'The tag value can contain at most 43 characters.')
  .regex(TAG_CHARS, 'The tag value can contain only letters, digits, hyphens (-) and underscores (_).');

export const tag = z.object({ key: tagKey, value: tagValue });
export type Tag = z.infer<typeof tag>;

/** A list of tags whose keys are unique, at most `max` long. */
export function tagList(max: number = MAX_TAGS_PER_RESOURCE) {
  return z
    .array(tag)
    .max(max, `A resource can have at most ${max} tags.`)
    .superRefine((tags, ctx) => {
      const seen = new Set<string>();
      tags.forEach((item, index) => {
        if (seen.has(item.key)) {
          ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'Tag keys must be unique.' });
        }
        seen.add(item.key);
      });
    });
}

/** POST .../tags */
export const addTagRequest = z.object({ tag });
export type AddTagRequest = z.infer<typeof addTagRequest>;

/** POST .../tags/action — the documented action is `create`; adding an existing key overwrites its value. */
export const batchTagRequest = z.object({
  action: z.literal('create', 'The action can only be create.'),
  tags: tagList().min(1, 'Provide at least one tag.'),
});
export type BatchTagRequest = z.infer<typeof batchTagRequest>;

export interface TagListResponse {
  tags: Tag[];
}

export interface ProjectTagsResponse {
  tags: { key: string; values: string[] }[];
}

/** Numbers may arrive as strings (the API's own example sends `"limit": "100"`). */
const looseInt = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number);

/** POST .../resource_instances/action (querying_load_balancers_by_tag.rst). */
export const resourceInstancesRequest = z
  .object({
    action: z.enum(['filter', 'count'], 'The action can only be filter or count.'),
    tags: z
      .array(
        z.object({
          key: z.string().min(1, 'The tag key cannot be blank.').max(127),
          values: z.array(z.string().max(255)).max(20, 'Each key can have at most 20 values.'),
        }),
      )
      .max(20, 'A query can use at most 20 keys.')
      .optional(),
    matches: z.array(z.object({ key: z.literal('resource_name'), value: z.string().max(255) })).optional(),
    limit: looseInt
      .pipe(z.number().int().min(1, 'limit must be 1 to 1000.').max(1000, 'limit must be 1 to 1000.'))
      .optional(),
    offset: looseInt.pipe(z.number().int().min(0, 'offset cannot be negative.')).optional(),
  })
  .refine((body) => body.action === 'filter' || (body.limit === undefined && body.offset === undefined), {
    message: 'limit and offset are not used with action count.',
  });
export type ResourceInstancesRequest = z.input<typeof resourceInstancesRequest>;

export interface ResourceInstance {
  resource_id: string;
  resource_name: string;
  resource_detail: string;
  super_resource_id: string;
  tags: Tag[];
}

export interface ResourceInstancesResponse {
  resources?: ResourceInstance[];
  total_count: number;
}

/** Body of the v2.0 LB/listener `tags` field: `key=value` strings. */
export function formatTagString({ key, value }: Tag): string {
  return `${key}=${value}`;
}
