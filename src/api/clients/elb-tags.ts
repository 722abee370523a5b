/** Tags of load balancers and listeners (same API, different resource type). */
import { tagPaths } from '../../../contract/elb-v2/paths';
import type {
  ProjectTagsResponse,
  ResourceInstancesRequest,
  ResourceInstancesResponse,
  Tag,
  TagListResponse,
  TaggedResourceType,
} from '../../../contract/elb-v2/tags';
import { defineCall } from '../api-call';

export const tagsApi = {
  list: (type: TaggedResourceType, id: string) =>
    defineCall<TagListResponse>({
      family: 'elb',
      path: tagPaths.resourceTags,
      params: { resource_type: type, resource_id: id },
    }),
  add: (type: TaggedResourceType, id: string, tag: Tag) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'POST',
      path: tagPaths.resourceTags,
      params: { resource_type: type, resource_id: id },
      body: { tag },
    }),
  batchCreate: (type: TaggedResourceType, id: string, tags: Tag[]) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'POST',
      path: tagPaths.resourceTagsAction,
      params: { resource_type: type, resource_id: id },
      body: { action: 'create', tags },
    }),
  remove: (type: TaggedResourceType, id: string, key: string) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'DELETE',
      path: tagPaths.resourceTag,
      params: { resource_type: type, resource_id: id, key },
    }),
  projectTags: (type: TaggedResourceType) =>
    defineCall<ProjectTagsResponse>({ family: 'elb', path: tagPaths.projectTags, params: { resource_type: type } }),
  query: (type: TaggedResourceType, body: ResourceInstancesRequest) =>
    defineCall<ResourceInstancesResponse>({
      family: 'elb',
      method: 'POST',
      path: tagPaths.resourceInstances,
      params: { resource_type: type },
      body,
    }),
};
