import { percentError, positiveIntegerError } from './storeValidation';

describe('positiveIntegerError', () => {
  it.each([undefined, 1, 60, 1440])('accepts %p', (value) => {
    expect(positiveIntegerError(value)).toBeUndefined();
  });
  it.each([0, -5, 1.5])('rejects %p', (value) => {
    expect(positiveIntegerError(value)).toBe('Enter a whole number above 0.');
  });
});

describe('percentError', () => {
  it.each([undefined, 1, 20, 100])('accepts %p', (value) => {
    expect(percentError(value)).toBeUndefined();
  });
  it.each([0, 101, 12.5, -1])('rejects %p', (value) => {
    expect(percentError(value)).toBe('Enter a whole number from 1 to 100.');
  });
});
