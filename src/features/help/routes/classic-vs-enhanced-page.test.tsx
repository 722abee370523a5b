import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';
import { differenceIds } from '../model/lb-type-differences';

describe('help: differences between classic and enhanced load balancers', () => {
  it('compares the two types aspect by aspect and says which one to choose', async () => {
    await renderRoute('/help/classic-vs-enhanced');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Differences Between Classic and Enhanced Load Balancers' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Classic and enhanced load balancers compared' });
    expect(within(table).getAllByRole('row')).toHaveLength(differenceIds.length + 1);
    const network = within(table).getByRole('rowheader', { name: 'Network type' }).closest('tr')!;
    // The bandwidth range is the contract's.
    expect(network).toHaveTextContent('a new EIP with 1 to 500 Mbit/s');
    const regions = within(table).getByRole('rowheader', { name: 'Regions' }).closest('tr')!;
    expect(regions).toHaveTextContent('Every region except eu-nl');

    expect(screen.getByRole('heading', { name: 'Which one should I choose?' })).toBeInTheDocument();
    expect(screen.getByText(/For a new deployment, choose an enhanced load balancer/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a classic load balancer' })).toHaveAttribute(
      'href',
      '/load-balancers/create?type=classic',
    );
  });
});
