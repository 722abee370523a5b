import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its tooltip code not loaded yet, as on a first paint. */
async function freshModule() {
  vi.resetModules();
  return import('./tooltip');
}

describe('Tooltip before its code has loaded', () => {
  it('names the child with the title, as the loaded tooltip does, and then shows it on hover', async () => {
    const { Tooltip, preloadTooltip } = await freshModule();
    render(
      <Tooltip title="Refresh">
        <button type="button" />
      </Tooltip>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleName('Refresh');
    await act(() => preloadTooltip());
    expect(screen.getByRole('button')).toHaveAccessibleName('Refresh');
    await userEvent.hover(screen.getByRole('button'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Refresh');
  });

  it('describes the child with the title when asked to, keeping its own name', async () => {
    const { Tooltip, preloadTooltip } = await freshModule();
    render(
      <Tooltip title="No free EIP" describeChild>
        <button type="button">Bind EIP</button>
      </Tooltip>,
    );
    const button = screen.getByRole('button', { name: 'Bind EIP' });
    expect(button).toHaveAccessibleDescription('No free EIP');
    await act(() => preloadTooltip());
    expect(screen.getByRole('button', { name: 'Bind EIP' })).toHaveAccessibleDescription('No free EIP');
  });
});
