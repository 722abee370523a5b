import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { glossaryTerms } from '../../../lib/glossary';
import { overviewTopics } from '../../../lib/help-topics';
import { renderRoute } from '../../../testing/render-route';

describe('help: service overview', () => {
  const scrollIntoView = vi.fn();
  beforeEach(() => {
    // jsdom does not lay out pages; the page's scroll to the URL's section is observed here.
    Element.prototype.scrollIntoView = scrollIntoView;
    scrollIntoView.mockClear();
  });

  it('has a section per topic, anchored by its id, and a table of contents in the guide’s order', async () => {
    await renderRoute('/help/overview');
    expect(screen.getByRole('heading', { level: 1, name: 'Service Overview' })).toBeInTheDocument();
    for (const topic of overviewTopics) expect(document.getElementById(topic)).toHaveRole('region');
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    expect(links).toHaveLength(overviewTopics.length + 1);
    expect(links[3]).toHaveAccessibleName('Differences Between Classic and Enhanced Load Balancers');
    expect(links[4]).toHaveAttribute('href', '#how-elb-works');
    expect(screen.getByRole('link', { name: 'Compare classic and enhanced load balancers' })).toHaveAttribute(
      'href',
      '/help/classic-vs-enhanced',
    );
  });

  it('draws how a request travels, with the layer 4 and layer 7 paths as text', async () => {
    await renderRoute('/help/overview#how-elb-works');
    expect(scrollIntoView.mock.contexts).toEqual([document.getElementById('how-elb-works')]);
    const diagram = screen.getByRole('figure', { name: 'How a request travels through a load balancer' });
    const flow = within(diagram).getByRole('list', { name: 'From client to backend server' });
    expect(
      within(flow)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('p')?.textContent),
    ).toEqual(['Client', 'Listener', 'Forwarding policy', 'Backend server group', 'Backend servers']);
    const layer7 = within(diagram).getByRole('list', { name: 'HTTP and HTTPS listeners (layer 7)' });
    expect(layer7).toHaveTextContent(/LVS cluster.*Nginx cluster/);
    expect(within(diagram).getByRole('list', { name: 'TCP and UDP listeners (layer 4)' })).not.toHaveTextContent(
      'Nginx',
    );
  });

  it('lists the glossary and the console’s region', async () => {
    await renderRoute('/help/overview');
    const concepts = screen.getByRole('region', { name: 'Basic Concepts' });
    expect(within(concepts).getAllByRole('term')).toHaveLength(glossaryTerms.length);
    expect(within(concepts).getByText('Backend server group', { selector: 'dt' })).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Region and AZ' });
    expect(region).toHaveTextContent('This console works in region eu-de (Germany).');
  });
});
