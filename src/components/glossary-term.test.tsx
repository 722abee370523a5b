import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import help from '../../public/locales/en/help.json';
import { glossaryTerms } from '../lib/glossary';
import { renderRoute } from '../testing/render-route';

describe('glossary terms', () => {
  it('has a name and a definition for every term', () => {
    for (const term of glossaryTerms) {
      expect(help.glossary[term].name, term).not.toBe('');
      expect(help.glossary[term].definition.length, term).toBeGreaterThan(40);
    }
  });

  it('shows the definition of a term as its description', async () => {
    const { user } = await renderRoute('/quotas');
    const table = await screen.findByRole('table', { name: 'Service Quotas' });
    const term = await within(table).findByText('Listeners');
    // Keyboard users reach the term with Tab.
    expect(term).toHaveAttribute('tabindex', '0');
    await user.hover(term);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(help.glossary.listener.definition);
    expect(term).toHaveAccessibleDescription(expect.stringContaining(help.glossary.listener.definition));
    // A tooltip holds no link: keyboard users could not reach it (the glossary is in the help).
    expect(within(tooltip).queryByRole('link')).toBeNull();
  });

  it('explains a list column header without touching its sort buttons', async () => {
    const { user } = await renderRoute('/load-balancers');
    const header = await screen.findByRole('columnheader', { name: 'Listeners' });
    await user.hover(within(header).getByText('Listeners'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(help.glossary.listener.definition);
    expect(screen.getByRole('button', { name: 'Name' })).toBeInTheDocument();
  });
});
