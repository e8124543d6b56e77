// ESLint flat config: typescript-eslint's recommended rules, plus the import boundaries of
// architecture.md (rules and dates stay pure; routes never reach into rules directly).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const web = ['express', 'nunjucks', 'helmet', 'compression', 'pino', 'marked', 'gray-matter', 'node:fs', 'fs', 'node:fs/promises'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'public/build/**', 'reports/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Only src/config.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts', 'src/dates/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: web, patterns: ['**/routes/**', '**/view-models/**', '**/questionnaire/**', '**/content/**', '**/services/**'] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Use calendar dates from src/dates, never Date.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'The clock is injected.' },
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Only src/config.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['src/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/rules/**', '**/rules/index.js'] }],
    },
  },
);
