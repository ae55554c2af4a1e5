import 'i18next';
import type et from './et.json';

// Typed translation keys: `t('no.such.key')` fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof et };
  }
}
