// Lint rules that guard the product's promises: page data renders as text only (no HTML sinks, no
// eval), no floating promises (a dropped promise is a lost capture), no network APIs in the extension.
import tseslint from 'typescript-eslint';

const networkBan = [
  { name: 'fetch', message: 'The extension makes no network requests.' },
  { name: 'XMLHttpRequest', message: 'The extension makes no network requests.' },
  { name: 'WebSocket', message: 'The extension makes no network requests.' },
  { name: 'EventSource', message: 'The extension makes no network requests.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'shots/**', 'bench-out/**', 'scripts/demo/site/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page data as text.' },
        { property: 'outerHTML', message: 'Render page data as text.' },
        { property: 'insertAdjacentHTML', message: 'Render page data as text.' },
        { object: 'document', property: 'write', message: 'Render page data as text.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The extension makes no network requests.' },
      ],
      // One import style: relative paths (the `@/` alias exists for WXT; the code does not use it).
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/*', '~/*', '@@/*', '~~/*'], message: 'Import by relative path.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page data as text.' },
      ],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    rules: { 'no-restricted-globals': ['error', ...networkBan], 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
);
