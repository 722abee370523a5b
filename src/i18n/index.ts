/**
 * Every user-visible string goes through i18next. English is complete; a second
 * language is one more folder beside en/ registered in `languages` below.
 */
import i18n, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export const languages = [{ code: 'en', label: 'English' }] as const;
const STORAGE_KEY = 'elb-console.language';

export async function initI18n(): Promise<void> {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  await i18n.use(initReactI18next).init({
    lng: languages.some((language) => language.code === saved) ? saved! : 'en',
    fallbackLng: 'en',
    resources: { en },
    defaultNS: 'common',
    fallbackNS: 'common',
    ns: Object.keys(en),
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
