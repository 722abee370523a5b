// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// STYLE.md rule 1: imports flow one way, app → features → components/lib/api → contract.
// contract/ imports nothing of ours; cloud/ sees only contract/; nothing outside src/ imports src/.
const boundaries = [
  { target: './contract', from: ['./src', './cloud', './e2e'], message: 'contract/ imports nothing of ours.' },
  { target: './cloud', from: ['./src', './e2e'], message: 'cloud/ may import contract/ only.' },
  { target: './e2e', from: ['./src', './cloud'], message: 'e2e drives the built app through the browser only.' },
  { target: './src/features', from: ['./src/app'], message: 'Nothing imports app/.' },
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'Shared components do not know features or app.',
  },
  {
    target: './src/api',
    from: ['./src/app', './src/features', './src/components'],
    message: 'API clients sit below the UI.',
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/features', './src/components', './src/api'],
    message: 'lib/ is the bottom layer of src/.',
  },
  {
    target: [
      './src/app',
      './src/features',
      './src/components',
      './src/api',
      './src/lib',
      './src/i18n',
      './src/main.tsx',
    ],
    from: './cloud',
    message: 'Only src/mocks (and test helpers) may mount cloud/.',
  },
];

const features = readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory());
const featureZones = features.map(({ name }) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'No feature imports another feature; lift shared code to components/ or lib/.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      '.bench',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // noUncheckedIndexedAccess makes `!` after a length or key check the honest spelling.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type X }` keeps an empty import, and with it the module's side effects (zod schemas).
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { maxDepth: 6 }],
      'import-x/no-duplicates': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Deterministic data only: no Math.random().',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@mui/icons-material', message: 'Import icons by path: @mui/icons-material/Name.' }] },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      // STYLE.md rule 1: no feature imports another feature.
      'import-x/no-restricted-paths': ['error', { zones: [...boundaries, ...featureZones] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
