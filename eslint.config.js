// ESLint flat config: typescript-eslint's recommended rules, plus the import boundaries of
// architecture.md (rules, dates and the questionnaire stay pure; content and profiles are data;
// routes never reach into rules directly; only src/config.ts reads process.env).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const web = ['express', 'nunjucks', 'helmet', 'compression', 'pino', 'marked', 'gray-matter', 'node:fs', 'fs', 'node:fs/promises'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'public/build/**', 'reports/**', 'test-results/**', 'playwright-report/**'] },
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
  {
    // The questionnaire is the flow as data: rules, dates and zod only; no web framework, no files.
    files: ['src/questionnaire/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: web, patterns: ['**/routes/**', '**/view-models/**', '**/content/**', '**/services/**', '**/app.js', '**/server.js'] },
      ],
    },
  },
  {
    // Content and service profiles are data loaded at start-up: no web framework, no policy.
    files: ['src/content/**/*.ts', 'src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['express', 'nunjucks', 'helmet', 'compression', 'pino'],
          patterns: ['**/routes/**', '**/view-models/**', '**/rules/**', '**/questionnaire/**', '**/app.js', '**/server.js'],
        },
      ],
    },
  },
  {
    // View models shape data for templates; they never see a request or a template engine.
    files: ['src/view-models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['express', 'nunjucks', 'helmet', 'compression', 'pino', 'node:fs', 'fs'], patterns: ['**/routes/**', '**/app.js', '**/server.js'] },
      ],
    },
  },
  {
    // Those that render an outcome: status, urgency and ownership come from the outcome's plan
    // (src/rules/plan.ts), never from date comparisons here. (The letter form only checks a typed date of birth.)
    files: ['src/view-models/**/*.ts'],
    ignores: ['src/view-models/letter-form.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'express', 'nunjucks', 'helmet', 'compression', 'pino', 'node:fs', 'fs',
            { name: '../dates/index.js', importNames: ['isBefore', 'isAfter', 'compareDates', 'daysBetween', 'earliest', 'laterOf', 'earlierOf'], message: 'View models render the plan; the rules decide status and urgency.' },
            { name: '../rules/index.js', importNames: ['PARENT_DEADLINES'], message: 'Use the deadline\'s owner and parent_deadline from the outcome.' },
          ],
          patterns: ['**/routes/**', '**/app.js', '**/server.js'],
        },
      ],
    },
  },
);
