/**
 * The tabs of a detail page, the chosen one kept in the URL (`?tab=`; the first tab has none), so a
 * reload or a shared link opens the same tab.
 */
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

export function UrlTabs<T extends { id: string; label: string }>({
  tabs,
  label,
  idPrefix,
  children,
}: {
  tabs: readonly [T, ...T[]];
  /** The accessible name of the tab list. */
  label: string;
  /** Makes the tab and panel element IDs unique on the page. */
  idPrefix: string;
  children(tab: T): ReactNode;
}) {
  const [search, setSearch] = useSearchParams();
  const [first] = tabs;
  const tab = tabs.find((candidate) => candidate.id === search.get('tab')) ?? first;
  return (
    <>
      <Tabs
        value={tab.id}
        onChange={(_, value: string) => setSearch(value === first.id ? {} : { tab: value }, { replace: true })}
        aria-label={label}
        variant="scrollable"
      >
        {tabs.map(({ id, label: tabLabel }) => (
          <Tab
            key={id}
            value={id}
            label={tabLabel}
            id={`${idPrefix}-tab-${id}`}
            aria-controls={`${idPrefix}-panel-${id}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${idPrefix}-panel-${tab.id}`} aria-labelledby={`${idPrefix}-tab-${tab.id}`}>
        {children(tab)}
      </Box>
    </>
  );
}
