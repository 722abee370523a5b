/** VPCs and subnets: read-only pickers for the console (api/vpc/virtual_private_cloud, api/vpc/subnet). */
import { vpcPaths } from '../../../contract/vpc/vpcs';
import type { Route } from '../../http/router';
import { vpcFaults } from './faults';
import { vpcPage } from './paging';

export const networkRoutes: Route[] = [
  {
    method: 'GET',
    path: vpcPaths.vpcs,
    family: 'vpc',
    handle(ctx, tx) {
      return { status: 200, body: { vpcs: vpcPage(tx.all('vpcs'), ctx, 'VPC') } };
    },
  },
  {
    method: 'GET',
    path: vpcPaths.vpc,
    family: 'vpc',
    handle(ctx, tx) {
      const vpc = tx.get('vpcs', ctx.params.vpc_id!);
      if (!vpc) throw vpcFaults.notFound('VPC', ctx.params.vpc_id!);
      return { status: 200, body: { vpc } };
    },
  },
  {
    method: 'GET',
    path: vpcPaths.subnets,
    family: 'vpc',
    handle(ctx, tx) {
      const vpcId = ctx.query.get('vpc_id');
      const subnets = tx.all('subnets').filter((subnet) => !vpcId || subnet.vpc_id === vpcId);
      return { status: 200, body: { subnets: vpcPage(subnets, ctx, 'subnet') } };
    },
  },
  {
    method: 'GET',
    path: vpcPaths.subnet,
    family: 'vpc',
    handle(ctx, tx) {
      const subnet = tx.get('subnets', ctx.params.subnet_id!);
      if (!subnet) throw vpcFaults.notFound('subnet', ctx.params.subnet_id!);
      return { status: 200, body: { subnet } };
    },
  },
];
