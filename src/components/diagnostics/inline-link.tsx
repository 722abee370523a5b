/** A plain in-page link from a diagnostic: to a help page (through `helpPath`) or to where a check is fixed. */
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

export function InlineLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link component={RouterLink} to={to} variant="body2" sx={{ justifySelf: 'start' }}>
      {children}
    </Link>
  );
}
