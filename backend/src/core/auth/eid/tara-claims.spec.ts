import { EidClaimError, identityFromClaims, isikukoodFromSubject } from './tara-claims';

const VALID = '38001085718';

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof EidClaimError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('TARA claims → the person', () => {
  it('reads the isikukood from sub = "EE" + 11 digits', () => {
    expect(isikukoodFromSubject(`EE${VALID}`)).toBe(VALID);
  });

  it.each([
    ['no prefix', VALID],
    ['another country (eIDAS)', `LV${VALID}`],
    ['lower-case prefix', `ee${VALID}`],
    ['wrong check digit', 'EE38001085719'],
    ['impossible birth date', 'EE38013325710'],
    ['too short', 'EE3800108571'],
    ['too long', `EE${VALID}0`],
    ['padded', ` EE${VALID}`],
    ['empty', ''],
    ['not a string', 38001085718],
    ['missing', undefined],
  ])('refuses a subject that is %s', (_what, sub) => {
    expect(reason(() => isikukoodFromSubject(sub))).toBe('subject');
  });

  it('maps a TARA ID token: isikukood, method from amr, level from acr', () => {
    expect(
      identityFromClaims({
        sub: `EE${VALID}`,
        amr: ['mID'],
        acr: 'high',
        profile_attributes: {
          given_name: 'JAAN',
          family_name: 'TAMMIK',
          date_of_birth: '1980-01-08',
        },
      }),
    ).toEqual({ isikukood: VALID, method: 'mID', acr: 'high' });
    expect(
      identityFromClaims({ sub: `EE${VALID}`, amr: ['idcard'], acr: 'substantial' }).method,
    ).toBe('idcard');
    expect(identityFromClaims({ sub: `EE${VALID}`, amr: ['smartid'], acr: 'high' }).method).toBe(
      'smartid',
    );
  });

  it('refuses a method Reha did not ask for, or none (TARA spec 5.1.6)', () => {
    expect(
      reason(() => identityFromClaims({ sub: `EE${VALID}`, amr: ['eIDAS'], acr: 'high' })),
    ).toBe('method');
    expect(reason(() => identityFromClaims({ sub: `EE${VALID}`, acr: 'high' }))).toBe('method');
    expect(
      reason(() => identityFromClaims({ sub: `EE${VALID}`, amr: 'idcard', acr: 'high' })),
    ).toBe('method');
  });

  it('refuses a level of assurance below substantial, or none (TARA spec 5.1.7)', () => {
    expect(reason(() => identityFromClaims({ sub: `EE${VALID}`, amr: ['mID'], acr: 'low' }))).toBe(
      'assurance',
    );
    expect(reason(() => identityFromClaims({ sub: `EE${VALID}`, amr: ['mID'] }))).toBe('assurance');
  });

  it('checks the subject first, and never puts a claim value into the error', () => {
    let message = '';
    try {
      identityFromClaims({ sub: 'EE38001085719', amr: ['mID'], acr: 'high' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('subject');
    expect(message).not.toContain('3800108571');
  });
});
