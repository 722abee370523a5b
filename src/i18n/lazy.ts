/**
 * Translations only the help pages need (long articles) are not fetched at start-up: a help
 * route loads its namespaces together with its code. Tests hand every namespace over at init,
 * so nothing is fetched there.
 */
import { i18n } from './index';

export const lazyNamespaces = ['overview', 'faq', 'gettingStarted'] as const;
export type LazyNamespace = (typeof lazyNamespaces)[number];

const pending = new Map<string, Promise<void>>();

async function fetchBundle(language: string, ns: LazyNamespace): Promise<void> {
  if (i18n.hasResourceBundle(language, ns)) return;
  const response = await fetch(`/locales/${language}/${ns}.json`);
  if (!response.ok)
    throw new Error(`Could not load the ${language} translations (${ns}.json): HTTP ${response.status}`);
  i18n.addResourceBundle(language, ns, (await response.json()) as Record<string, unknown>);
}

/** A help page opened directly preloads its route while i18next is still starting. */
function initialized(): Promise<void> {
  if (i18n.isInitialized) return Promise.resolve();
  return new Promise((resolve) => i18n.on('initialized', () => resolve()));
}

/** Loads the namespaces in the current language and English (the fallback), once each. */
export async function loadNamespaces(names: readonly LazyNamespace[]): Promise<void> {
  await initialized();
  const languages = [...new Set([i18n.language, 'en'])];
  await Promise.all(
    languages.flatMap((language) =>
      names.map((ns) => {
        const key = `${language}/${ns}`;
        let loading = pending.get(key);
        if (!loading) {
          loading = fetchBundle(language, ns);
          pending.set(key, loading);
          // A failed fetch is not remembered, so the next visit tries again.
          loading.catch(() => pending.delete(key));
        }
        return loading;
      }),
    ),
  );
}

/** A route's module once its code and its translations have both arrived. */
export async function withNamespaces<Module>(
  module: Promise<Module>,
  names: readonly LazyNamespace[],
): Promise<Module> {
  const [loaded] = await Promise.all([module, loadNamespaces(names)]);
  return loaded;
}
