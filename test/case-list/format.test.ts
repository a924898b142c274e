import { formatAge, formatVitals } from '../../src/case-list';

describe('formatVitals', () => {
  it('reads like a clinician writes it', () => {
    expect(formatVitals({ bloodPressure: '150/90', heartRate: 102, temperatureC: 38.6, oxygenSaturation: 96 })).toBe(
      'BP 150/90 · HR 102 · T 38.6 °C · SpO₂ 96 %',
    );
  });

  it('includes respiratory rate and weight, keeps one decimal for temperature and leaves out notes', () => {
    expect(formatVitals({ heartRate: 145, respiratoryRate: 34, temperatureC: 39, weightKg: 11, notes: 'Flushed.' })).toBe(
      'HR 145 · RR 34 · T 39.0 °C · Weight 11 kg',
    );
  });

  it('is empty when nothing was measured', () => {
    expect(formatVitals({})).toBe('');
  });
});

describe('formatAge', () => {
  it.each([
    [1.5, '18 months'],
    [0.25, '3 months'],
    [1 / 12, '1 month'],
    [2, '2 years'],
    [55, '55 years'],
  ])('%s → %s', (age, expected) => {
    expect(formatAge(age)).toBe(expected);
  });
});
