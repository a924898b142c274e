// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createBrowserServices } from '../../src/app/services';
import { MINIMAL_CASE_YAML } from '../fixtures/minimal-case';

// No IndexedDB here (jsdom has none), as in a browser that refuses storage: an import still
// works for this tab, and the screen says it will not last.

afterEach(cleanup);

it('imports into memory when the browser cannot store, and says the cases last only until the tab closes', async () => {
  expect(globalThis.indexedDB).toBeUndefined();
  window.location.hash = '';
  await act(async () => {
    render(<App services={createBrowserServices()} />);
  });
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(11), { timeout: 3000 });

  const file = new File([MINIMAL_CASE_YAML], 'minimal-case.yaml');
  // jsdom's Blob has no text(); browsers do.
  Object.defineProperty(file, 'text', { value: async () => MINIMAL_CASE_YAML });
  await userEvent.setup().upload(screen.getByLabelText('Import case files'), file);

  const card = await screen.findByRole('article', { name: 'Cough for three weeks' }, { timeout: 3000 });
  within(card).getByText('Stored in this browser');
  screen.getByText(/imported cases are kept only until this tab is closed/);
});
