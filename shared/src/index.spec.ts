import * as shared from './index';

describe('@reha/shared public API', () => {
  it.each([
    'isValidIsikukood',
    'parseIsikukood',
    'isikukoodCheckDigit',
    'isValidRegistryCode',
    'registryCodeCheckDigit',
    'viitenumberCheckDigit',
    'makeViitenumber',
    'isValidViitenumber',
    'isValidEstonianIban',
    'normalizeIban',
    'formatIban',
    'makeEstonianIban',
    'toCents',
    'centsToDecimalString',
    'formatEuro',
    'multiplyCents',
    'percentOf',
    'roundHalfUp',
    'sumCents',
    'allocateCents',
    'localDateTimeToUtc',
    'utcToLocalParts',
    'tallinnDateOf',
    'formatDateEt',
    'formatDateTimeEt',
    'parseDateEt',
    'isValidIsoDate',
    'addDays',
    'dayOfWeekIso',
    'ageOn',
    'easterSunday',
    'estonianPublicHolidays',
    'isPublicHoliday',
    'isWorkingDay',
    'addWorkingDays',
    'workingDaysInYear',
    'shortenedWorkingDays',
    'errorMessage',
    'httpStatusForError',
    'validationMessage',
    'pickLocale',
    'interpolate',
  ])('exports the function %s', (name) => {
    expect(typeof (shared as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the registries and constants', () => {
    expect(shared.TALLINN_TZ).toBe('Europe/Tallinn');
    expect(shared.ErrorCode.QUERY_TOO_DEEP).toBe('QUERY_TOO_DEEP');
    expect(shared.ValidationMessageKey.REQUIRED).toBe('REQUIRED');
    expect(Object.keys(shared.errorMessages).length).toBeGreaterThanOrEqual(27);
    expect(shared.DEFAULT_LOCALE).toBe('et');
  });

  it('does not export the internal check-digit helpers', () => {
    expect('mod11CheckDigit' in shared).toBe(false);
    expect('checkDigit731' in shared).toBe(false);
  });
});
