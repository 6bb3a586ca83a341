import { describe, expect, it } from 'vitest';
import { MappingError } from '../../../runtime/mapping-errors.js';
import { currencyExponent, decimalToMinorUnits, minorUnitsToDecimal, type RoundingMode } from '../../../runtime/mapping-money.js';

const at = { mapping: 'test-mapping', field: 'amount' };

describe('decimalToMinorUnits', () => {
  // [amount, currency, mode, expected minor units]
  const cases: Array<[string | number, string, RoundingMode, number]> = [
    ['0.005', 'EUR', 'half-even', 0],
    ['0.005', 'EUR', 'half-up', 1],
    ['0.005', 'EUR', 'down', 0],
    ['0.005', 'EUR', 'up', 1],
    ['0.015', 'EUR', 'half-even', 2],
    ['0.015', 'EUR', 'half-up', 2],
    ['0.015', 'EUR', 'down', 1],
    ['0.015', 'EUR', 'up', 2],
    ['0.025', 'EUR', 'half-even', 2],
    ['0.0051', 'EUR', 'half-even', 1],
    ['0.0049', 'EUR', 'half-up', 0],
    // 2.675 is 2.67499999999999982236431605997495353221893310546875 as a binary double.
    ['2.675', 'EUR', 'half-up', 268],
    [2.675, 'EUR', 'half-up', 268],
    ['2.675', 'EUR', 'half-even', 268],
    ['2.675', 'EUR', 'down', 267],
    ['2.675', 'EUR', 'up', 268],
    ['2.665', 'EUR', 'half-even', 266],
    ['10.135', 'EUR', 'half-even', 1014],
    ['24.125', 'EUR', 'half-even', 2412],
    ['-0.005', 'EUR', 'half-up', -1],
    ['-0.005', 'EUR', 'half-even', 0],
    ['-0.005', 'EUR', 'down', 0],
    ['-0.005', 'EUR', 'up', -1],
    ['-2.675', 'EUR', 'half-up', -268],
    ['-0.015', 'EUR', 'half-even', -2],
    ['-19.99', 'EUR', 'exact', -1999],
    ['1234.5', 'JPY', 'half-even', 1234],
    ['1235.5', 'JPY', 'half-even', 1236],
    ['1234.5', 'JPY', 'half-up', 1235],
    ['5990', 'JPY', 'exact', 5990],
    ['1.2345', 'KWD', 'half-even', 1234],
    ['1.2355', 'KWD', 'half-even', 1236],
    ['1.2345', 'KWD', 'half-up', 1235],
    ['1.2345', 'BHD', 'down', 1234],
    ['1.234', 'KWD', 'exact', 1234],
    ['59.90', 'EUR', 'exact', 5990],
    ['59.9', 'EUR', 'exact', 5990],
    ['59', 'EUR', 'exact', 5900],
    ['-12.50', 'EUR', 'exact', -1250],
    [0.1, 'EUR', 'exact', 10],
    [1e-7, 'EUR', 'up', 1],
    ['90071992547409.91', 'EUR', 'exact', 9007199254740991],
  ];
  for (const [amount, currency, mode, expected] of cases) {
    it(`${JSON.stringify(amount)} ${currency} ${mode} is ${expected}`, () => {
      expect(decimalToMinorUnits(amount, currency, mode, at)).toBe(expected);
    });
  }

  it('never returns negative zero', () => {
    expect(Object.is(decimalToMinorUnits('-0.001', 'EUR', 'down', at), 0)).toBe(true);
  });

  it('exact rejects a value needing rounding', () => {
    expect(() => decimalToMinorUnits('0.005', 'EUR', 'exact', at)).toThrow(/more decimal places than the currency/);
  });

  it('rejects malformed amounts', () => {
    for (const bad of ['', '1,50', '12.5.3', 'abc', '1e', Number.NaN, Number.POSITIVE_INFINITY, null, true, {}]) {
      expect(() => decimalToMinorUnits(bad, 'EUR', 'half-even', at), JSON.stringify(bad)).toThrow(MappingError);
    }
  });

  it('rejects strings that are not plain decimals', () => {
    for (const bad of ['1e3', '1.5E2', '1e-3', ' 1', '1 ', '+5', '.5', '5.', '-.5', '0x10', '١٢']) {
      expect(() => decimalToMinorUnits(bad, 'EUR', 'half-even', at), JSON.stringify(bad)).toThrow(MappingError);
    }
  });

  it('rejects amounts beyond 2^53 - 1', () => {
    expect(() => decimalToMinorUnits('90071992547409.92', 'EUR', 'exact', at)).toThrow(/beyond 2\^53 - 1/);
  });

  it('error names the mapping, field and value', () => {
    const error = (() => {
      try {
        decimalToMinorUnits('1,50', 'EUR', 'half-even', at);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })() as MappingError;
    expect(error).toBeInstanceOf(MappingError);
    expect(error.problem).toBe('invalid-value');
    expect(error.field).toBe('amount');
    expect(error.mapping).toBe('test-mapping');
    expect(error.value).toBe('1,50');
    expect(error.kind).toBe('mapping');
    expect(error.message).toBe('mapping test-mapping: field amount: expected a decimal number such as 19.99 (value "1,50")');
  });
});

describe('minorUnitsToDecimal', () => {
  const cases: Array<[number | string | bigint, string, string]> = [
    [5990, 'EUR', '59.90'],
    [5, 'EUR', '0.05'],
    [0, 'EUR', '0.00'],
    [-5, 'EUR', '-0.05'],
    [-1999, 'EUR', '-19.99'],
    [5990, 'JPY', '5990'],
    [-5990, 'JPY', '-5990'],
    [1234, 'KWD', '1.234'],
    [5, 'BHD', '0.005'],
    ['9007199254740993', 'EUR', '90071992547409.93'],
    [12345678901234567890n, 'EUR', '123456789012345678.90'],
  ];
  for (const [units, currency, expected] of cases) {
    it(`${String(units)} ${currency} is ${expected}`, () => {
      expect(minorUnitsToDecimal(units, currency, at)).toBe(expected);
    });
  }

  it('rejects fractions and non-numbers', () => {
    for (const bad of [1.5, '1.5', 'x', '+5', ' 5', '5 ', '1e3', Number.MAX_SAFE_INTEGER + 2, null, undefined]) {
      expect(() => minorUnitsToDecimal(bad, 'EUR', at), String(bad)).toThrow(MappingError);
    }
  });
});

describe('currencyExponent', () => {
  it('follows ISO 4217 minor units', () => {
    expect(currencyExponent('EUR', at)).toBe(2);
    expect(currencyExponent('JPY', at)).toBe(0);
    expect(currencyExponent('KRW', at)).toBe(0);
    expect(currencyExponent('KWD', at)).toBe(3);
    expect(currencyExponent('BHD', at)).toBe(3);
    expect(currencyExponent('CLF', at)).toBe(4);
    expect(currencyExponent('XYZ', at)).toBe(2);
    expect(currencyExponent(undefined, at)).toBe(2);
  });

  it('rejects codes that are not three capitals', () => {
    for (const bad of ['eur', 'EURO', '', 'constructor', '__proto__', null, 978]) {
      expect(() => currencyExponent(bad, at), String(bad)).toThrow(/ISO 4217 currency code/);
    }
  });
});
