/**
 * Columns and cells that the enhanced and the classic certificate lists share: the name with its ID
 * and description (which keeps the table narrow enough for the operations to stay in view), a date
 * with the full time on hover, the expiry with the days left, the operations.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../lib/format';
import { ActionButton, type Action } from '../action-button';
import { DateCell } from '../date-cell';
import type { Column } from '../resource-table';
import { ExpiryText } from './expiry-text';

function CertificateNameCell({ name, id, description }: { name: string; id: string; description?: string | null }) {
  return (
    <Box sx={{ minWidth: 140, maxWidth: 190 }}>
      <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{name || id}</Typography>
      <Typography
        component="div"
        variant="caption"
        color="text.secondary"
        sx={{ fontFamily: 'monospace', fontSize: 11, overflowWrap: 'anywhere' }}
      >
        {id}
      </Typography>
      {description ? (
        <Typography component="div" variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {description}
        </Typography>
      ) : null}
    </Box>
  );
}

/** `expireAt`: epoch milliseconds. */
export function ExpiryCell({ expireAt, now }: { expireAt: number; now: number }) {
  return (
    <DateCell time={formatDateTime(expireAt)}>
      <Typography component="div" variant="caption">
        <ExpiryText expireAt={expireAt} now={now} />
      </Typography>
    </DateCell>
  );
}

function OperationButtons<T, Id extends string>({
  actions,
  item,
  label,
}: {
  actions: Record<Id, Action<T>>;
  item: T;
  /** The accessible name of each button: "Delete cert-www". */
  label(id: Id): string;
}) {
  return (
    <Box sx={{ display: 'flex', gap: 0.5 }}>
      {(Object.keys(actions) as Id[]).map((id) => (
        <ActionButton key={id} act={actions[id]} item={item} size="small" aria-label={label(id)} />
      ))}
    </Box>
  );
}

interface NamedCertificate {
  id: string;
  name: string;
  description?: string | null;
}

/** Name, ID and description in one cell; the description has its own column in the CSV export only. */
export function certificateNameColumns<T extends NamedCertificate>(labels: {
  name: string;
  description: string;
}): Column<T>[] {
  return [
    {
      id: 'name',
      label: labels.name,
      getValue: (row) => row.name,
      render: (row) => <CertificateNameCell name={row.name} id={row.id} description={row.description} />,
    },
    { id: 'description', label: labels.description, getValue: (row) => row.description ?? '', exportOnly: true },
  ];
}

/** `buttonLabel`: the accessible name of each button, given the action and the certificate's name. */
export function certificateOperationColumn<T extends NamedCertificate, Id extends string>(
  label: string,
  actions: Record<Id, Action<T>>,
  buttonLabel: (id: Id, name: string) => string,
): Column<T> {
  return {
    id: 'operation',
    label,
    stickyRight: true,
    getValue: () => '',
    render: (row) => (
      <OperationButtons actions={actions} item={row} label={(id) => buttonLabel(id, row.name || row.id)} />
    ),
  };
}
