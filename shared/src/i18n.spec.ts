import { DEFAULT_LOCALE, interpolate, isLocale, LOCALES, pickLocale } from './i18n';

describe('i18n', () => {
  it('speaks Estonian, English and Russian, Estonian first and by default', () => {
    expect(LOCALES).toEqual(['et', 'en', 'ru']);
    expect(DEFAULT_LOCALE).toBe('et');
    expect(isLocale('ru')).toBe(true);
    expect(isLocale('fi')).toBe(false);
  });

  it.each([
    [undefined, 'et'],
    ['', 'et'],
    ['en-GB,en;q=0.9', 'en'],
    ['fi-FI, ru;q=0.8, en;q=0.5', 'ru'],
    ['de', 'et'],
    ['RU', 'ru'],
  ])('pickLocale(%j) = %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });

  it('interpolates {name} placeholders and keeps unknown ones', () => {
    expect(interpolate('{a} of {b}, {c}', { a: 1, b: 'two' })).toBe('1 of two, {c}');
  });
});
