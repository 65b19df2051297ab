import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'data', 'bench/.cache', 'src/modules/regions/seed/*.json', '.stryker-tmp', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Modules add their error codes, permissions and tables by declaration merging (decision 142).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/db/schema.ts'],
    rules: {
      // A module is reached only through its face (index.ts); table files are gathered by db/schema.ts.
      'no-restricted-imports': ['error', { patterns: [{ regex: String.raw`(^|/)modules/[a-z-]+/(?!index\.js$)[^/]+$`, message: 'Import another module only through its index.ts (module face).' }] }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='startsWith'] MemberExpression[property.name='jurisdiction']", message: 'Jurisdiction lives in src/db/scope.ts: use inScope(actor.jurisdiction, codes).' },
        { selector: "CallExpression[callee.name='likePrefix'] MemberExpression[property.name=/^(jurisdiction|scope)$/]", message: 'Jurisdiction SQL lives in src/db/scope.ts: use whereInScope or scopeCondition.' },
      ],
    },
  },
  {
    files: ['src/policy/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['fastify'], patterns: [{ group: ['fastify', '@fastify/*', '**/http/**'], message: 'The core knows no HTTP.' }] }],
    },
  },
  {
    files: ['src/modules/*/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fastify'],
        patterns: [
          { group: ['fastify', '@fastify/*', '**/http/**'], message: 'The core knows no HTTP.' },
          { regex: String.raw`^\.\./[a-z-]+/(?!index\.js$).+`, message: 'Import another module only through its index.ts (module face).' },
        ],
      }],
    },
  },
  {
    files: ['src/modules/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fastify'],
        patterns: [
          { group: ['fastify', '@fastify/*', '**/http/**'], message: 'The core knows no HTTP.' },
          { regex: String.raw`^\./[a-z-]+/(?!index\.js$).+`, message: 'The composition root imports modules only through their index.ts.' },
        ],
      }],
    },
  },
);
