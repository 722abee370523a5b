import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import help from '../../public/locales/en/help.json';
import { renderRoute } from '../testing/render-route';
import { linkedTopics } from './help-link';

describe('help links', () => {
  it('has a link text for every topic a field or dialog links to', () => {
    for (const topic of linkedTopics) expect(help.links[topic], topic).toMatch(/\w/);
  });

  it('puts the help of the page in the header', async () => {
    await renderRoute('/load-balancers');
    expect(screen.getByRole('link', { name: 'Help for this page' })).toHaveAttribute(
      'href',
      '/help/overview#what-is-elb',
    );
  });

  it('links a form field to its FAQ article in a new tab', async () => {
    await renderRoute('/load-balancers/create');
    const link = await screen.findByRole('link', { name: /Public or private network\?/ });
    expect(link).toHaveAttribute('href', '/help/faq/public-or-private');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleName(/^Public or private network\? ?\(opens in a new tab\)$/);
  });
});
