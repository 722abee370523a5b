import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import faq from '../../../../public/locales/en/faq.json';
import { faqGroups } from '../../../lib/help-topics';
import { renderRoute } from '../../../testing/render-route';

describe('help: FAQ (questions summary)', () => {
  it('shows the popular questions, then every group with its questions and short answers', async () => {
    await renderRoute('/help/faq');
    expect(screen.getByRole('heading', { level: 1, name: 'Questions summary' })).toBeInTheDocument();
    const popular = screen.getByRole('list', { name: 'Popular questions' });
    // In the summary's order, not the groups' order.
    const [firstPopular] = faq.summary.popular as (keyof typeof faq.articles)[];
    expect(within(popular).getAllByRole('link')[0]).toHaveAccessibleName(faq.articles[firstPopular!].title);
    expect(within(popular).getByRole('link', { name: 'How Can I Use WebSocket?' })).toHaveAttribute(
      'href',
      '/help/faq/websocket',
    );
    // Popular list + one list per group.
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(Object.keys(faqGroups).length + 1);
    const healthCheck = screen.getByRole('list', { name: 'Health check' });
    expect(within(healthCheck).getAllByRole('listitem')).toHaveLength(faqGroups.healthCheck.length);
    expect(
      within(healthCheck).getByRole('link', { name: 'What Are the Precautions of Using UDP?' }),
    ).toBeInTheDocument();
  });

  it('filters the questions with the search box', async () => {
    const { user } = await renderRoute('/help/faq');
    await user.type(screen.getByRole('searchbox', { name: 'Search the FAQs' }), 'websocket');
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(within(results).getAllByRole('link')[0]).toHaveAccessibleName('How Can I Use WebSocket?');
    // Only FAQ articles are searched here.
    expect(within(results).queryByRole('link', { name: 'Basic Concepts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Popular questions' })).not.toBeInTheDocument();
  });
});
