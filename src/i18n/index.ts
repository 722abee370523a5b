/**
 * Every user-visible string goes through i18next. Translations are data, not code:
 * /locales/{language}/{namespace}.json, fetched at start-up. English is complete; a
 * second language is one more folder there plus an entry in `languages`.
 */
import i18n, { type Resource, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = [{ code: 'en', label: 'English' }] as const;
export const namespaces = [
  'common',
  'nav',
  'lb',
  'quota',
  'mock',
  'rules',
  'elb',
  'listeners',
  'groups',
  'help',
  'certificates',
  'policies',
  'traces',
  'alarms',
  'accessLogs',
  'monitoring',
  'classic',
  'poolChecks',
  'lbChecks',
] as const;
const STORAGE_KEY = 'elb-console.language';

async function fetchLanguage(code: string): Promise<Resource[string]> {
  const bundles = await Promise.all(
    namespaces.map(async (ns) => {
      const response = await fetch(`/locales/${code}/${ns}.json`);
      if (!response.ok)
        throw new Error(`Could not load the ${code} translations (${ns}.json): HTTP ${response.status}`);
      return [ns, (await response.json()) as Record<string, unknown>] as const;
    }),
  );
  return Object.fromEntries(bundles);
}

/** In the browser the translations are fetched; tests hand them over directly. */
export async function initI18n(resources?: Resource): Promise<void> {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  const lng = languages.some((language) => language.code === saved) ? saved! : 'en';
  const loaded: Resource = resources ?? {
    en: await fetchLanguage('en'),
    ...(lng === 'en' ? {} : { [lng]: await fetchLanguage(lng) }),
  };
  await i18n.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: loaded,
    defaultNS: 'common',
    fallbackNS: 'common',
    ns: [...namespaces],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/**
 * Validation messages come from contract/ as English sentences; the `rules`
 * namespace maps each sentence to its translation (English falls through unchanged).
 */
export function translateRule(t: TFunction, message: string): string {
  return t(message, { ns: 'rules', keySeparator: false, nsSeparator: false, defaultValue: message });
}

export { i18n };
