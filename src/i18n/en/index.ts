import common from './common.json';
import lb from './lb.json';
import mock from './mock.json';
import nav from './nav.json';
import quota from './quota.json';
import rules from './rules.json';

/** English, the reference language: every key exists here. */
export const en = { common, nav, lb, quota, mock, rules };
