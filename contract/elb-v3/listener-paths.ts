/** The v3 listener path, zod-free so the console's API clients can import it without the schemas. */
export const listenerV3Paths = {
  /**
   * GET → 200 `{ listener, request_id }` (viewing_details_of_a_listener.rst);
   * PUT `{ listener: {...} }` → 200 `{ listener, request_id }`.
   */
  item: '/v3/:project_id/elb/listeners/:listener_id',
} as const;
