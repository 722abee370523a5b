/**
 * MUI's Tooltip, loaded after the first paint. Its positioning engine (Popper.js) is a tenth of
 * the first download and no tooltip is open on first paint. Until the code arrives the child
 * renders with the accessible name or description MUI gives it while closed, so names do not
 * change when the real tooltip takes over.
 */
import type { TooltipProps } from '@mui/material/Tooltip';
import { cloneElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';

let loadedTooltip: ComponentType<TooltipProps> | undefined;
let loading: Promise<ComponentType<TooltipProps>> | undefined;

/** Starts loading the tooltip code once; boot calls it so the code is usually there before anyone hovers. */
export function preloadTooltip(): Promise<ComponentType<TooltipProps>> {
  loading ??= import('@mui/material/Tooltip').then((module) => (loadedTooltip = module.default));
  return loading;
}

/** What MUI's Tooltip puts on a closed tooltip's child (see Tooltip.js `nameOrDescProps`). */
function closedChildProps({ title, describeChild }: TooltipProps) {
  if (typeof title !== 'string') return {};
  return describeChild ? { title } : { 'aria-label': title };
}

export function Tooltip(props: TooltipProps) {
  const [Loaded, setLoaded] = useState(() => loadedTooltip);
  useEffect(() => {
    if (Loaded) return;
    let current = true;
    void preloadTooltip().then((component) => current && setLoaded(() => component));
    return () => {
      current = false;
    };
  }, [Loaded]);
  if (Loaded) return <Loaded {...props} />;
  const child = props.children as ReactElement<Record<string, unknown>>;
  return cloneElement(child, { ...closedChildProps(props), ...child.props });
}
