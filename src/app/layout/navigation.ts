/** The left navigation, mirroring the user guide's chapters that the console offers. */
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ComponentType } from 'react';
import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import DashboardCustomizeOutlined from '@mui/icons-material/DashboardCustomizeOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import MonitorHeartOutlined from '@mui/icons-material/MonitorHeartOutlined';
import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import SecurityOutlined from '@mui/icons-material/SecurityOutlined';
import SpeedOutlined from '@mui/icons-material/SpeedOutlined';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';

export interface NavItem {
  /** i18n key in the `nav` namespace. */
  label: string;
  to: string;
  icon: ComponentType<SvgIconProps>;
}

export interface NavSection {
  label: string;
  items: NavItem[];
}

export const navigation: NavSection[] = [
  {
    label: 'sections.elb',
    items: [
      { label: 'items.loadBalancers', to: '/load-balancers', icon: DashboardCustomizeOutlined },
      { label: 'items.certificates', to: '/certificates', icon: VerifiedUserOutlined },
    ],
  },
  {
    label: 'sections.monitoring',
    items: [
      { label: 'items.monitoring', to: '/monitoring', icon: MonitorHeartOutlined },
      { label: 'items.alarmRules', to: '/alarm-rules', icon: NotificationsActiveOutlined },
      { label: 'items.traces', to: '/traces', icon: ManageSearchOutlined },
    ],
  },
  {
    label: 'sections.account',
    items: [{ label: 'items.quotas', to: '/quotas', icon: SpeedOutlined }],
  },
  {
    label: 'sections.help',
    items: [
      { label: 'items.securityGroupRules', to: '/help/security-group-rules', icon: SecurityOutlined },
      { label: 'items.keyOperations', to: '/help/key-operations', icon: FactCheckOutlined },
      { label: 'items.classicVsEnhanced', to: '/help/classic-vs-enhanced', icon: CompareArrowsOutlined },
    ],
  },
];
