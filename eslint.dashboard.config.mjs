import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import baseConfig from './eslint.config.mjs';

/**
 * ESLint for every dashboard project (app and libraries): the root rules plus Angular's, the template
 * accessibility rules (WCAG) and the rule that every visible text goes through Angular i18n.
 */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'dc',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'dc',
          style: 'kebab-case',
        },
      ],
    },
  },
  // WCAG: the template accessibility rules of angular-eslint.
  ...angular.configs.templateAccessibility.map((config) => ({
    ...config,
    files: ['**/*.html'],
  })),
  {
    files: ['**/*.html'],
    // index.html is not an Angular template; its few texts are German static fallbacks.
    ignores: ['**/src/index.html'],
    rules: {
      // German first, but every visible text goes through Angular i18n (see docs in the README).
      '@angular-eslint/template/i18n': [
        'error',
        {
          checkId: false,
          checkText: true,
          checkAttributes: true,
          ignoreTags: ['code'],
          ignoreAttributes: [
            'aria-busy',
            'aria-hidden',
            'aria-labelledby',
            'aria-live',
            'ariaCurrentWhenActive',
            'd',
            'data-testid',
            'datetime',
            'focusable',
            'href',
            'routerLinkActive',
            'rx',
            'scope',
            'tabindex',
            'viewBox',
          ],
        },
      ],
    },
  },
];
