import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { faqTopics } from '../../lib/help-topics';
import { renderRoute } from '../../testing/render-route';
import { faqDiagnostics } from './faq-diagnostics';

/** A question the other features registered no check for: the test registers its own probe there. */
const unchecked = faqTopics.find((topic) => !faqDiagnostics[topic])!;

describe('FAQ article page', () => {
  afterEach(() => {
    faqDiagnostics[unchecked] = undefined;
  });

  it('renders the article with its breadcrumb, sections, code and related links', async () => {
    await renderRoute('/help/faq/client-real-ip');
    expect(
      screen.getByRole('heading', { level: 1, name: 'How Can I Obtain the Real IP Address of a Client?' }),
    ).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(within(crumbs).getByRole('link', { name: 'FAQs' })).toHaveAttribute('href', '/help/faq');
    expect(within(crumbs).getByRole('link', { name: 'Load balancer — ELB functionality' })).toHaveAttribute(
      'href',
      '/help/faq#elbFunctionality',
    );
    const article = screen.getByRole('article');
    expect(within(article).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(2);
    expect(within(article).getAllByRole('button', { name: /^Copy/ }).length).toBeGreaterThan(0);
    expect(within(article).getByRole('navigation', { name: 'Related' })).toBeInTheDocument();
  });

  it('has no check section where no check is registered', async () => {
    await renderRoute(`/help/faq/${unchecked}`);
    expect(screen.getByRole('article')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Check your configuration' })).not.toBeInTheDocument();
  });

  it('shows the live check registered for the article', async () => {
    faqDiagnostics[unchecked] = () => <p>Probe diagnostic</p>;
    await renderRoute(`/help/faq/${unchecked}`);
    const check = screen.getByRole('region', { name: 'Check your configuration' });
    expect(within(check).getByText('Probe diagnostic')).toBeInTheDocument();
  });

  it('answers an unknown question with a way back to the FAQ', async () => {
    await renderRoute('/help/faq/no-such-question');
    expect(screen.getByRole('heading', { level: 1, name: 'Question not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no frequently asked question “no-such-question”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all frequently asked questions' })).toHaveAttribute(
      'href',
      '/help/faq',
    );
  });
});
