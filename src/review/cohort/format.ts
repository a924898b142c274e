// Numbers as the cohort page shows them.

/** 62.5 → "63%" (whole percents: a cohort share needs no decimals). */
export function percentText(value: number): string {
  return `${Math.round(value)}%`;
}

/** A score percent with at most one decimal: 62.5 → "62.5%", 70 → "70%". */
export function scoreText(value: number): string {
  return `${Math.round(value * 10) / 10}%`;
}

/** Kappa with two decimals and a real minus sign: −0.12. */
export function kappaText(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  return value < 0 && fixed !== '0.00' ? `−${fixed}` : fixed;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
