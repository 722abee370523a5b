/** The left navigation, mirroring the user guide's chapters that the console offers. */
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ComponentType } from 'react';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import DashboardCustomizeOutlined from '@mui/icons-material/DashboardCustomizeOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HelpCenterOutlined from '@mui/icons-material/HelpCenterOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import MonitorHeartOutlined from '@mui/icons-material/MonitorHeartOutlined';
import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import QuizOutlined from '@mui/icons-material/QuizOutlined';
import SecurityOutlined from '@mui/icons-material/SecurityOutlined';
import SpeedOutlined from '@mui/icons-material/SpeedOutlined';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';

export interface NavItem {
  /** i18n key in the `nav` namespace. */
  label: string;
  to: string;
  icon: ComponentType<SvgIconProps>;
  /** Active on exactly this path only: a landing page whose sub-pages have items of their own. */
  end?: boolean;
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
      { label: 'items.helpCenter', to: '/help', icon: HelpCenterOutlined, end: true },
      { label: 'items.overview', to: '/help/overview', icon: InfoOutlined },
      // The status chips' icon, already in the first download (the initial JS budget is tight).
      { label: 'items.gettingStarted', to: '/help/getting-started', icon: CheckCircleOutlined },
      { label: 'items.faq', to: '/help/faq', icon: QuizOutlined },
      { label: 'items.securityGroupRules', to: '/help/security-group-rules', icon: SecurityOutlined },
      { label: 'items.keyOperations', to: '/help/key-operations', icon: FactCheckOutlined },
      { label: 'items.classicVsEnhanced', to: '/help/classic-vs-enhanced', icon: CompareArrowsOutlined },
    ],
  },
];
