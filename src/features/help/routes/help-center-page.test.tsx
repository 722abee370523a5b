import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

describe('help center', () => {
  it('lists all help in the guide’s order when nothing is searched', async () => {
    await renderRoute('/help');
    expect(screen.getByRole('heading', { level: 1, name: 'Help center' })).toBeInTheDocument();
    const chapters = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(chapters).toEqual(['Service Overview', 'Getting Started', 'FAQs', 'Appendix', 'Console help']);
    const appendix = screen.getByRole('region', { name: 'Appendix' });
    expect(within(appendix).getByRole('link', { name: 'Configuring the TOA Plug-in' })).toHaveAttribute(
      'href',
      '/help/toa-plug-in',
    );
    const overview = screen.getByRole('region', { name: 'Service Overview' });
    expect(within(overview).getByRole('link', { name: 'How ELB Works' })).toHaveAttribute(
      'href',
      '/help/overview#how-elb-works',
    );
    expect(within(overview).getByRole('link', { name: /Differences Between Classic and Enhanced/ })).toHaveAttribute(
      'href',
      '/help/classic-vs-enhanced',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Health check' })).toBeInTheDocument();
  });

  it('searches every help page, keeps the query in the URL and marks the matches', async () => {
    const { user, router } = await renderRoute('/help');
    await user.type(screen.getByRole('searchbox', { name: 'Search help' }), 'X-Forwarded-For');
    expect(router.state.location.search).toBe('?q=X-Forwarded-For');
    const results = screen.getByRole('list', { name: 'Search results' });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(
      within(first).getByRole('link', { name: 'How Can I Obtain the Real IP Address of a Client?' }),
    ).toHaveAttribute('href', '/help/faq/client-real-ip');
    expect(first).toHaveTextContent('FAQs › Load balancer — ELB functionality');
    expect(first.querySelector('mark')).toHaveTextContent(/x-forwarded-for/i);
    expect(screen.getByRole('status')).toHaveTextContent(/help pages? match/);
  });

  it('finds the glossary terms in Basic Concepts', async () => {
    await renderRoute('/help?q=persistent%20connection');
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('link', { name: 'Basic Concepts' })).toBeInTheDocument();
  });

  it('finds the getting started pages', async () => {
    await renderRoute('/help?q=getting%20started');
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('link', { name: 'Getting started' })).toHaveAttribute(
      'href',
      '/help/getting-started',
    );
  });

  it('finds the console’s own help pages', async () => {
    await renderRoute('/help?q=security%20group%20rules');
    const [first] = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('link');
    expect(first).toHaveAccessibleName('Configuring Security Group Rules');
    expect(first).toHaveAttribute('href', '/help/security-group-rules');
  });

  it('says so when nothing matches and points to the FAQ', async () => {
    await renderRoute('/help?q=zebra%20quantum');
    expect(screen.getByRole('status')).toHaveTextContent('No help page matches “zebra quantum”.');
    expect(screen.getByRole('link', { name: 'all frequently asked questions' })).toHaveAttribute('href', '/help/faq');
  });
});
