/**
 * ELB v2.0 access control: add, list, show, update, delete whitelists
 * (api/elb/v2.0/whitelist/*.rst; guide/listener/access_control.rst; FEATURES §4.5).
 * One whitelist per listener; the text is stored normalised (normaliseWhitelist).
 */
import {
  createWhitelistRequest,
  normaliseWhitelist,
  updateWhitelistRequest,
  whitelistFilterKeys,
  whitelistPaths,
} from '../../../contract/elb-v2/whitelists';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { WhitelistRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId } from '../context';
import { activeLoadBalancer, assertTenant, elbTrace, listReply } from './children';
import { toWhitelist } from './views';

/** The whitelist API documents no trace names: these follow the pattern of the documented ones. */
const trace = (name: string) => elbTrace(name, 'whitelist');

/**
 * The API says nothing about the load balancer's state for whitelists; like every other write under
 * a load balancer, a whitelist change waits until it is ACTIVE again.
 */
function listenerOf(ctx: RouteContext, tx: ReadTx, listenerId: string) {
  const listener = mustGet(tx, 'listeners', listenerId, 'listener');
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
  return listener;
}

function create(ctx: RouteContext, tx: WriteTx) {
  const { whitelist: body } = parseBody(createWhitelistRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  const listener = listenerOf(ctx, tx, body.listener_id);
  const existing = tx.all('whitelists').find((row) => row.listener_id === listener.id);
  if (existing) {
    throw elbFaults.conflict(
      `Listener ${listener.id} already has whitelist ${existing.id}; only one whitelist can be added to a listener.`,
    );
  }
  if (!isWithinQuota(tx, 'whitelist', tx.all('whitelists').length)) throw elbFaults.quota('whitelist');
  const row: WhitelistRow = {
    id: newId(tx),
    tenant_id: ctx.projectId,
    listener_id: listener.id,
    enable_whitelist: body.enable_whitelist ?? true,
    whitelist: normaliseWhitelist(body.whitelist ?? ''),
  };
  tx.put('whitelists', row);
  return { status: 201, body: { whitelist: toWhitelist(row) }, audit: { resourceId: row.id, resourceName: '' } };
}

/**
 * updating_a_whitelist.rst: "If you change IP addresses in the whitelist, it will be deleted, and a
 * new one is generated." A different (normalised) address list therefore answers with a NEW ID and the
 * old ID is gone (404); switching access control on or off, or resending the same list, keeps the ID.
 */
function update(ctx: RouteContext, tx: WriteTx) {
  const row = mustGet(tx, 'whitelists', ctx.params.whitelist_id!, 'whitelist');
  const { whitelist: body } = parseBody(updateWhitelistRequest, ctx.body);
  listenerOf(ctx, tx, row.listener_id);
  const addresses = body.whitelist === undefined ? row.whitelist : normaliseWhitelist(body.whitelist);
  const regenerated = addresses !== row.whitelist;
  const next: WhitelistRow = {
    ...row,
    id: regenerated ? newId(tx) : row.id,
    enable_whitelist: body.enable_whitelist ?? row.enable_whitelist,
    whitelist: addresses,
  };
  if (regenerated) tx.delete('whitelists', row.id);
  tx.put('whitelists', next);
  return { status: 200, body: { whitelist: toWhitelist(next) }, audit: { resourceId: next.id, resourceName: '' } };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const row = mustGet(tx, 'whitelists', ctx.params.whitelist_id!, 'whitelist');
  listenerOf(ctx, tx, row.listener_id);
  tx.delete('whitelists', row.id);
  return { status: 204, audit: { resourceId: row.id, resourceName: '' } };
}

export const whitelistRoutes: Route[] = [
  {
    method: 'GET',
    path: whitelistPaths.list,
    family: 'elb',
    handle: (ctx, tx) => listReply(ctx, 'whitelists', tx.all('whitelists'), whitelistFilterKeys, toWhitelist),
  },
  { method: 'POST', path: whitelistPaths.list, family: 'elb', trace: trace('createWhitelist'), handle: create },
  {
    method: 'GET',
    path: whitelistPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { whitelist: toWhitelist(mustGet(tx, 'whitelists', ctx.params.whitelist_id!, 'whitelist')) },
    }),
  },
  { method: 'PUT', path: whitelistPaths.item, family: 'elb', trace: trace('updateWhitelist'), handle: update },
  { method: 'DELETE', path: whitelistPaths.item, family: 'elb', trace: trace('deleteWhitelist'), handle: remove },
];
