import { formatIban, isValidEstonianIban, makeEstonianIban, normalizeIban } from './iban';

describe('Estonian IBAN (DOMAIN.md §5.4)', () => {
  describe('the DOMAIN.md vectors', () => {
    it.each([
      ['EE89 1010 2200 3479 6011', 'SEB state-fee account'],
      ['EE93 2200 2210 2377 8606', 'Swedbank state-fee account'],
      ['EE38 2200 2210 2014 5685', 'the IBAN registry example'],
      ['EE91 7700 0010 0012 3452', 'a made-up LHV account'],
    ])('accepts %s (%s), including its 7-3-1 account check digit', (iban) => {
      expect(isValidEstonianIban(iban)).toBe(true);
    });

    it.each([
      ['EE38 2200 2210 2014 5686', 'mod 97 = 28'],
      ['EE83 2200 2210 2014 5685', 'mod 97 = 46'],
    ])('rejects %s (%s)', (iban) => {
      expect(isValidEstonianIban(iban)).toBe(false);
    });
  });

  it.each([
    ['ee382200221020145685', 'lower case'],
    ['EE382200221020145685', 'no spaces'],
    ['  EE38 2200 2210 2014 5685  ', 'surrounding spaces'],
    ['EE38\u00a02200\u00a02210\u00a02014\u00a05685', 'no-break spaces'],
    ['Ee38 22002210 20145685', 'odd grouping and mixed case'],
  ])('accepts %j (%s)', (iban) => {
    expect(isValidEstonianIban(iban)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['EE38220022102014568', '19 characters'],
    ['EE3822002210201456850', '21 characters'],
    ['FI2112345600000785', 'a Finnish IBAN'],
    ['LT121000011101001000', 'a Lithuanian IBAN of the same length'],
    ['EE38-2200-2210-2014-5685', 'dashes'],
    ['EE3822002210201456A5', 'a letter in the BBAN'],
    ['EE382200221020145685X', 'trailing junk'],
  ])('rejects %j (%s)', (iban) => {
    expect(isValidEstonianIban(iban)).toBe(false);
  });

  it('rejects an IBAN whose mod 97 holds but whose account number fails the 7-3-1 check', () => {
    // Account 221020145686 fails 7-3-1 (should end in 5); give it correct IBAN check digits by hand.
    const bban = '2200221020145686';
    let rest = 0;
    for (const ch of `${bban}141400`) rest = (rest * 10 + Number(ch)) % 97;
    const iban = `EE${String(98 - rest).padStart(2, '0')}${bban}`;
    expect(iban).toBe('EE112200221020145686');
    expect(isValidEstonianIban(iban)).toBe(false);
  });

  it('rejects an all-zero account number even though mod 97 and 7-3-1 hold', () => {
    expect(isValidEstonianIban('EE702200000000000000')).toBe(false);
  });

  describe('makeEstonianIban', () => {
    it.each([
      ['10', '10220034796011', 'EE891010220034796011'],
      ['22', '221023778606', 'EE932200221023778606'],
      ['22', '221020145685', 'EE382200221020145685'],
      ['77', '1000123452', 'EE917700001000123452'],
      ['22', '2210 2014 5685', 'EE382200221020145685'],
    ])('builds bank %s, account %j → %s', (bank, account, iban) => {
      expect(makeEstonianIban(bank, account)).toBe(iban);
      expect(isValidEstonianIban(iban)).toBe(true);
    });

    it.each([
      ['2', '221020145685', 'a one-digit bank code'],
      ['2A', '221020145685', 'a letter in the bank code'],
      ['22', '221020145686', 'an account number failing its 7-3-1 digit'],
      ['22', '123456789012345', 'a 15-digit account number'],
      ['22', '', 'an empty account number'],
      ['22', '00', 'an all-zero account number'],
      ['22', '2210-2014-5685', 'dashes'],
    ])('throws a RangeError for bank %j, account %j (%s)', (bank, account) => {
      expect(() => makeEstonianIban(bank, account)).toThrow(RangeError);
    });
  });

  describe('normalizeIban and formatIban', () => {
    it('normalizes to upper case without spaces, for storage', () => {
      expect(normalizeIban(' ee38 2200 2210\u00a02014 5685 ')).toBe('EE382200221020145685');
    });
    it('formats in groups of four, for display', () => {
      expect(formatIban('ee382200221020145685')).toBe('EE38 2200 2210 2014 5685');
    });
    it('is idempotent', () => {
      expect(formatIban(formatIban('EE382200221020145685'))).toBe('EE38 2200 2210 2014 5685');
    });
    it('leaves a trailing short group', () => {
      expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    });
  });
});
