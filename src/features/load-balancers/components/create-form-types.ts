import type { UseFormReturn } from 'react-hook-form';
import type { CreateLoadBalancerForm, CreateLoadBalancerValues } from '../model/create-form';

export type CreateFormApi = UseFormReturn<CreateLoadBalancerForm, unknown, CreateLoadBalancerValues>;
