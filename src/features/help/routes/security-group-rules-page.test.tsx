import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

describe('help: configuring security group rules', () => {
  it('says which sources and ports backend servers must allow, per listener protocol', async () => {
    await renderRoute('/help/security-group-rules');
    expect(screen.getByRole('heading', { level: 1, name: 'Configuring Security Group Rules' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Inbound rules backend servers need' });
    const udp = within(table).getByRole('cell', { name: 'UDP' }).closest('tr')!;
    expect(udp).toHaveTextContent('UDP, and ICMP');
    expect(udp).toHaveTextContent('100.125.0.0/16');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('heading', { name: 'Network ACL (firewall) rules' })).toBeInTheDocument();
    expect(screen.getByText('The VPC CIDR block')).toBeInTheDocument();
  });
});
