/**
 * Actions are data (STYLE rule 7): `allowed` is the same predicate the cloud answers
 * 409 with, and `reason` is shown on the disabled control, so nothing is disabled silently.
 */
import Button, { type ButtonProps } from '@mui/material/Button';
import { Tooltip } from './tooltip';
import type { ReactNode } from 'react';

export interface Action<T> {
  id: string;
  label: string;
  /** Why it cannot run now; undefined when it can. */
  reason(item: T): string | undefined;
  run(item: T): void;
  danger?: boolean;
  icon?: ReactNode;
}

export function ActionButton<T>({
  act: action,
  item,
  ...props
}: { act: Action<T>; item: T } & Omit<ButtonProps, 'onClick' | 'disabled' | 'action'>) {
  const reason = action.reason(item);
  // An unavailable action stays focusable (aria-disabled, not disabled) so keyboard and
  // screen-reader users reach the reason, which the tooltip gives as its description.
  return (
    <Tooltip title={reason ?? ''} describeChild>
      <Button
        {...props}
        color={action.danger ? 'error' : props.color}
        startIcon={action.icon}
        aria-disabled={reason !== undefined || undefined}
        onClick={() => reason === undefined && action.run(item)}
        sx={
          reason === undefined
            ? props.sx
            : { ...props.sx, color: 'text.disabled', borderColor: 'action.disabledBackground', cursor: 'not-allowed' }
        }
      >
        {action.label}
      </Button>
    </Tooltip>
  );
}
