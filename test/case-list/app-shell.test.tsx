// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createBrowserServices } from '../../src/app/services';

describe('App', () => {
  it('shows the product name and, once loaded, the 11 bundled cases from cases/', async () => {
    // Awaited act: the list suspends until the lazily imported library has parsed the cases.
    await act(async () => {
      render(<App services={createBrowserServices()} />);
    });

    screen.getByRole('heading', { level: 1, name: 'Anamnesis' });
    expect(await screen.findAllByRole('article', {}, { timeout: 3000 })).toHaveLength(11);
    screen.getByRole('searchbox', { name: 'Search cases' });
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });
});
