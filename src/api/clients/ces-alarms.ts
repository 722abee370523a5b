/** Cloud Eye alarm rules and their history (V1.0; api/ces/alarm_rules/*.rst). */
import {
  alarmHistoryPaths,
  type AlarmHistoryQuery,
  type AlarmHistoryResponse,
} from '../../../contract/ces/alarm-history';
import {
  alarmPaths,
  type AlarmDetailResponse,
  type AlarmListResponse,
  type CreateAlarmRequest,
  type CreateAlarmResponse,
  type ListAlarmsQuery,
  type ModifyAlarmRequest,
} from '../../../contract/ces/alarms';
import { defineCall } from '../api-call';

const item = (id: string) => ({ path: alarmPaths.item, params: { alarm_id: id } });

export const alarmsApi = {
  list: (query: ListAlarmsQuery = {}) =>
    defineCall<AlarmListResponse>({ family: 'ces', path: alarmPaths.list, query: { ...query } }),
  get: (id: string) => defineCall<AlarmDetailResponse>({ family: 'ces', ...item(id) }),
  create: (body: CreateAlarmRequest) =>
    defineCall<CreateAlarmResponse>({ family: 'ces', method: 'POST', path: alarmPaths.list, body }),
  modify: (id: string, body: ModifyAlarmRequest) =>
    defineCall<undefined>({ family: 'ces', method: 'PUT', ...item(id), body }),
  setEnabled: (id: string, enabled: boolean) =>
    defineCall<undefined>({
      family: 'ces',
      method: 'PUT',
      path: alarmPaths.action,
      params: { alarm_id: id },
      body: { alarm_enabled: enabled },
    }),
  remove: (id: string) => defineCall<undefined>({ family: 'ces', method: 'DELETE', ...item(id) }),
  history: (query: AlarmHistoryQuery) =>
    defineCall<AlarmHistoryResponse>({ family: 'ces', path: alarmHistoryPaths.list, query: { ...query } }),
};
