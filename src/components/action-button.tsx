/**
 * Actions are data (STYLE rule 7): `allowed` is the same predicate the cloud answers
 * 409 with, and `reason` is shown on the disabled control, so nothing is disabled silently.
 */
import Button, { type ButtonProps } from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
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
  const button = (
    <Button
      {...props}
      color={action.danger ? 'error' : props.color}
      startIcon={action.icon}
      disabled={reason !== undefined}
      onClick={() => action.run(item)}
    >
      {action.label}
    </Button>
  );
  return reason ? (
    <Tooltip title={reason}>
      {/* A disabled button fires no events; the span carries the tooltip and the accessible description. */}
      <span tabIndex={0} aria-label={`${action.label}: ${reason}`}>
        {button}
      </span>
    </Tooltip>
  ) : (
    button
  );
}
