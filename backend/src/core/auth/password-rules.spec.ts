import { validationMessage } from '@reha/shared';
import { passwordProblems } from './password-rules';

describe('password rules', () => {
  const email = 'kadri.paike@paike.demo';

  it('accepts a long passphrase', () => {
    expect(passwordProblems('kolm rohelist konna', email)).toEqual([]);
  });

  it('asks for at least 12 characters, counting letters as people see them', () => {
    expect(passwordProblems('short-pass1', email)).toEqual([
      { field: 'password', key: 'TOO_SHORT', params: { min: 12 } },
    ]);
    // 12 letters, 24 bytes in UTF-8 and 13+ code units when decomposed: still 12 characters.
    expect(passwordProblems('õõõõõõõõõõõõ', email)).toEqual([]);
    expect(passwordProblems('o\u0303'.repeat(11), email)[0]?.key).toBe('TOO_SHORT');
  });

  it('refuses the e-mail address and its local part, in any case and with spaces around', () => {
    expect(passwordProblems(' Kadri.Paike@Paike.demo ', email)).toEqual([
      { field: 'password', key: 'PASSWORD_IS_EMAIL' },
    ]);
    expect(passwordProblems('KADRI.PAIKE1', 'kadri.paike1@x.ee')[0]?.key).toBe('PASSWORD_IS_EMAIL');
  });

  it('refuses an empty and an absurdly long password, naming the field asked for', () => {
    expect(passwordProblems('', email, 'input.password')).toEqual([
      { field: 'input.password', key: 'REQUIRED' },
    ]);
    expect(passwordProblems('x'.repeat(257), email)[0]).toEqual({
      field: 'password',
      key: 'TOO_LONG',
      params: { max: 256 },
    });
  });

  it('has a message for every problem in every language', () => {
    for (const locale of ['et', 'en', 'ru'] as const)
      expect(validationMessage('PASSWORD_IS_EMAIL', locale)).not.toBe(
        validationMessage('INVALID_VALUE', locale),
      );
  });
});
