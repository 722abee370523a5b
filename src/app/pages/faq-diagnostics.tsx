/**
 * The live checks shown inside FAQ articles, by topic. A check belongs to the feature that owns
 * its resources; the app composes them here because features never import each other.
 */
import type { ComponentType } from 'react';
import {
  CertificatesDiagnostic,
  ClientIpDiagnostic,
  WebSocketDiagnostic,
} from '../../features/listeners/diagnostics/listener-faq-diagnostics';
import {
  DeleteImpactDiagnostic,
  QuotaUsageDiagnostic,
  UsedSeparatelyDiagnostic,
} from '../../features/load-balancers/diagnostics/lb-faq-diagnostics';
import {
  BandwidthDiagnostic,
  StressTestDiagnostic,
  TrafficInconsistentDiagnostic,
} from '../../features/monitoring/diagnostics/traffic-faq-diagnostics';
import {
  HealthCheckIntervalDiagnostic,
  StickySessionDiagnostic,
  TrafficBalanceDiagnostic,
  UdpPrecautionsDiagnostic,
  UnhealthyBackendDiagnostic,
} from '../../features/backend-server-groups/diagnostics/components/faq-diagnostics';
import type { FaqTopic } from '../../lib/help-topics';

export const faqDiagnostics: Partial<Record<FaqTopic, ComponentType>> = {
  // Load balancer and listener checks (lbChecks).
  'traffic-inconsistent': TrafficInconsistentDiagnostic,
  'stress-test': StressTestDiagnostic,
  'bandwidth-vs-backend': BandwidthDiagnostic,
  'adjust-bandwidth': BandwidthDiagnostic,
  'client-real-ip': ClientIpDiagnostic,
  websocket: WebSocketDiagnostic,
  'multiple-certificates': CertificatesDiagnostic,
  'elb-used-separately': UsedSeparatelyDiagnostic,
  'how-many-load-balancers': QuotaUsageDiagnostic,
  'delete-impact': DeleteImpactDiagnostic,
  // Backend server group checks (poolChecks).
  'sticky-not-working': StickySessionDiagnostic,
  'traffic-unbalanced': TrafficBalanceDiagnostic,
  'unhealthy-backend': UnhealthyBackendDiagnostic,
  'udp-precautions': UdpPrecautionsDiagnostic,
  'health-check-interval-differs': HealthCheckIntervalDiagnostic,
  'frequent-health-checks': HealthCheckIntervalDiagnostic,
};
