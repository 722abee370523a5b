/**
 * The X.509 library (contract/x509) in its own chunk: loaded only when a certificate is read in the
 * browser (a certificate dialog, a list that shows expiry dates), never by the first page.
 */
import { useEffect, useState } from 'react';
import type * as X509Module from '../../contract/x509';

export type X509 = typeof X509Module;

let module: Promise<X509> | undefined;
export const loadX509 = (): Promise<X509> => (module ??= import('../../contract/x509'));

/** The X.509 library, once its chunk has arrived. */
export function useX509(): X509 | undefined {
  const [x509, setX509] = useState<X509>();
  useEffect(() => {
    let live = true;
    void loadX509().then((loaded) => {
      if (live) setX509(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return x509;
}
