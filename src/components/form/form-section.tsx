import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** A titled group of fields in a long form. */
export function FormSection({ title, help, children }: { title: string; help?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2.5, display: 'grid', gap: 2 }}>
      <div>
        <Typography variant="h2" id={id}>
          {title}
        </Typography>
        {help ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {help}
          </Typography>
        ) : null}
      </div>
      {children}
    </Paper>
  );
}
