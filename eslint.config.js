// ESLint flat config: typescript-eslint's recommended rules, plus the project's layering — src/core
// is pure (no fs, child_process, process.env, @actions/*), and shell never imports stages or the pipeline.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/.artifacts/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', NodeJS: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  // src/core is pure and imports only src/core: one block per depth, so '../' means the same there.
  ...[
    { files: ['src/core/*.ts'], up: '\\.\\./' },
    { files: ['src/core/*/*.ts'], up: '\\.\\./\\.\\./' },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:fs/promises', 'node:child_process', 'node:os', 'fs', 'child_process', 'os'],
          patterns: [
            { group: ['@actions/*'], message: 'src/core is pure: effects belong in src/shell.' },
            { regex: `^${up}[^.]`, message: 'src/core imports only src/core.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'src/core is pure: settings read the environment.' }],
    },
  })),
  {
    files: ['src/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../stages/*', '../pipeline.js', '../main.js', '../cli.js'], message: 'shell modules are effects; they never import stages or the pipeline.' }] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/settings.ts', 'src/github-context.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name=/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/]", message: 'Only settings read the GitHub environment (settings.github).' },
      ],
    },
  },
);
