/**
 * Building blocks shared by every API family. A rule is written once here or in
 * the family module that owns it; forms (src/) and the service (cloud/) both use it.
 * Messages are plain English sentences that name the rule; the console translates
 * them through the `rules` namespace (the English sentence is the key).
 */
import { z } from 'zod';
import { IPV4_RE } from './wire';

export const PORT_MIN = 1;
export const PORT_MAX = 65535;

/** Any port: listener, backend, health check (FEATURES §0.5). */
export const port = z
  .number({ error: 'Enter a port number.' })
  .int('The port must be a whole number from 1 to 65535.')
  .min(PORT_MIN, 'The port must be a whole number from 1 to 65535.')
  .max(PORT_MAX, 'The port must be a whole number from 1 to 65535.');

/** v2.0 names: at most 255 characters, free text. */
export const name255 = z.string().max(255, 'The name can contain at most 255 characters.');
/** v2.0 descriptions: at most 255 characters. */
export const description255 = z.string().max(255, 'The description can contain at most 255 characters.');

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuid = z.string().regex(UUID_RE, 'Enter a valid resource ID (UUID).');
export const isUuid = (value: string): boolean => UUID_RE.test(value);

/** 32 hex characters, the form of project and tenant IDs. */
export const projectId = z.string().regex(/^[0-9a-f]{32}$/i, 'The project ID must be 32 hexadecimal characters.');

// Everything zod-free is in wire.ts; re-exported so `../common` keeps offering it.
export * from './wire';

export const ipv4Address = z.string().regex(IPV4_RE, 'Enter an IPv4 address such as 192.168.0.10.');
