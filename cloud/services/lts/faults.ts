/**
 * LTS faults — GAP-8 ASSUMPTION: the codes follow the LTS API Reference's error-code appendix in
 * form (`LTS.xxxx`, `{ error_code, error_msg }`); the exact numbers are assumed.
 */
import { ApiFault } from '../../http/fault';

export const ltsFaults = {
  invalid: (message: string) => new ApiFault(400, 'LTS.0009', message),
  groupNotFound: (id: string) => new ApiFault(400, 'LTS.0201', `The log group ${id} does not exist.`),
  streamNotFound: (id: string) => new ApiFault(400, 'LTS.0208', `The log stream ${id} does not exist.`),
  nameTaken: (kind: string, name: string) => new ApiFault(400, 'LTS.0104', `A ${kind} named ${name} already exists.`),
} as const;
