import { claimsFor, parseIdentities } from './identities';
import { loginPage, methodsForScope, pageLocale } from './page';

describe('the TARA mock', () => {
  it('issues TARA subjects and profile attributes (listed person, or TARA’s test name)', () => {
    const people = [{ isikukood: '38001085718', givenName: 'Jaan', familyName: 'Tammik' }];
    expect(claimsFor('38001085718', people)).toEqual({
      sub: 'EE38001085718',
      profile_attributes: {
        date_of_birth: '1980-01-08',
        given_name: 'JAAN',
        family_name: 'TAMMIK',
      },
    });
    expect(claimsFor('49403136515', people)?.profile_attributes).toMatchObject({
      date_of_birth: '1994-03-13',
      given_name: 'MARY ÄNN',
    });
    expect(claimsFor('38001085719', people)).toBeUndefined();
  });

  it('offers the methods the scope names, or all three', () => {
    expect(methodsForScope('openid').map((m) => m.amr)).toEqual(['idcard', 'mID', 'smartid']);
    expect(methodsForScope('openid smartid').map((m) => m.amr)).toEqual(['smartid']);
  });

  it('refuses identities with an invalid code', () => {
    expect(() =>
      parseIdentities(JSON.stringify([{ isikukood: '123', givenName: 'A', familyName: 'B' }])),
    ).toThrow(/valid isikukood/);
    expect(parseIdentities(undefined)).toEqual([]);
  });

  it('renders an accessible page in Estonian or English, escaping what it shows', () => {
    expect(pageLocale(null, 'ru')).toBe('en');
    expect(pageLocale('en', 'et')).toBe('en');
    const html = loginPage({
      uid: 'abc',
      locale: 'et',
      clientId: '<reha>',
      methods: methodsForScope('openid'),
      identities: [{ isikukood: '38001085718', givenName: 'Jaan', familyName: '<Tammik>' }],
      error: 'invalid',
      submitted: { typed: '123' },
    });
    expect(html).toContain('<html lang="et">');
    expect(html).toContain('&lt;Tammik&gt;');
    expect(html).not.toContain('<reha>');
    expect(html).toContain('<label for="isikukood">');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/<legend>Autentimisviis<\/legend>/);
    expect(html).toContain('Mobiil-ID');
  });
});
