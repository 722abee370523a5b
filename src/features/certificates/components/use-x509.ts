import { useEffect, useState } from 'react';
import { loadX509, type X509 } from '../model/inspect';

/** The X.509 library, once its chunk has arrived (it loads when a certificate dialog opens). */
export function useX509(): X509 | undefined {
  const [x509, setX509] = useState<X509>();
  useEffect(() => {
    let live = true;
    void loadX509().then((module) => {
      if (live) setX509(module);
    });
    return () => {
      live = false;
    };
  }, []);
  return x509;
}
