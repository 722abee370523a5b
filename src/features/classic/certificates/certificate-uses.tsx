/** The classic listeners that use a certificate, each a link to its place on the load balancer page. */
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import type { ClassicCertificateUse } from './certificate-rows';

export function CertificateUses({ uses, empty }: { uses: ClassicCertificateUse[]; empty: string }) {
  if (uses.length === 0) return <>{empty}</>;
  return (
    <>
      {uses.map((use, index) => (
        <span key={use.listenerId}>
          {index > 0 ? ', ' : null}
          <Link component={RouterLink} to={use.href}>
            {use.listenerName}
          </Link>
        </span>
      ))}
    </>
  );
}
