/**
 * What the console may ask of the in-browser cloud in mock mode: which scenario runs,
 * reset it, or switch to another. main.tsx provides it; the mock-data menu uses it.
 */
import { createContext, useContext } from 'react';

export interface MockControl {
  scenario: string;
  scenarios: readonly string[];
  reset(): Promise<void>;
  switchTo(scenario: string): Promise<void>;
}

export const MockControlContext = createContext<MockControl | undefined>(undefined);

export const useMockControl = (): MockControl | undefined => useContext(MockControlContext);
