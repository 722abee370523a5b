import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

describe('help: configuring the TOA plug-in', () => {
  it('explains when TOA is needed, outlines the steps with copyable commands and names its limits', async () => {
    await renderRoute('/help/toa-plug-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Configuring the TOA Plug-in' })).toBeInTheDocument();
    expect(
      screen.getByText(/module documentation of your operating system vendor or cloud provider is authoritative/),
    ).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'Steps in outline' });
    expect(within(steps).getAllByRole('list')[0]!.tagName).toBe('OL');
    expect(within(steps).getByText('insmod toa.ko').tagName).toBe('CODE');
    expect(within(steps).getByRole('button', { name: 'Copy “insmod toa.ko”' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'When you need it' })).toHaveTextContent('X-Forwarded-For');
    expect(screen.getByRole('region', { name: 'Limits' })).toHaveTextContent('100.125.0.0/16');
    expect(screen.getByRole('link', { name: 'How Can I Obtain the Real IP Address of a Client?' })).toHaveAttribute(
      'href',
      '/help/faq/client-real-ip',
    );
  });
});
