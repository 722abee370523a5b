import { createContext, useContext } from 'react';
import type { RuntimeConfig } from './config';

export const RuntimeConfigContext = createContext<RuntimeConfig | undefined>(undefined);

export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (!config) throw new Error('useRuntimeConfig must be used inside the App.');
  return config;
}
