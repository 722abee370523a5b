/**
 * The address range ELB sends health checks and forwarded traffic from (FEATURES §5.2, C12): backend
 * security groups must allow it, and web servers trust it as the proxy in X-Forwarded-For.
 */
export const ELB_SOURCE_CIDR = '100.125.0.0/16';
