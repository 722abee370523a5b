/** A formatted local time in a table cell: the day, the time of day below it if asked, the whole time on hover. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function DateCell({
  time,
  withTime = false,
  children,
}: {
  time: string;
  withTime?: boolean;
  children?: ReactNode;
}) {
  const [day, timeOfDay] = time.split(' ');
  return (
    <Box sx={{ whiteSpace: 'nowrap' }} title={time}>
      {day}
      {withTime && timeOfDay ? (
        <Typography component="div" variant="caption" color="text.secondary">
          {timeOfDay}
        </Typography>
      ) : null}
      {children}
    </Box>
  );
}
