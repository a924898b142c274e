// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { lazyPage } from '../../src/app/lazy-page';

afterEach(cleanup);

function slowPage(text: string) {
  return lazyPage(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return () => <h2>{text}</h2>;
  });
}

it('shows the fallback while the code loads, then the page, when navigated to', async () => {
  const page = slowPage('Loaded page');
  function Shell() {
    const [open, setOpen] = useState(false);
    return (
      <Suspense fallback={<p>Loading…</p>}>
        <button onClick={() => setOpen(true)}>Open</button>
        {open && <page.Page />}
      </Suspense>
    );
  }
  render(<Shell />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('heading', { name: 'Loaded page' }, { timeout: 2000 });
});

it('renders a preloaded page at once, without the fallback', async () => {
  const page = slowPage('Preloaded page');
  await page.preload();
  await act(async () => {
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <page.Page />
      </Suspense>,
    );
  });
  screen.getByRole('heading', { name: 'Preloaded page' });
});

it('renders synchronously once preloaded: the first commit already holds the page', async () => {
  const page = slowPage('First commit');
  await page.preload();
  // Outside act: whatever is on screen right after render() is the first commit.
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <page.Page />
    </Suspense>,
  );
  expect(screen.queryByText('Loading…')).toBeNull();
  screen.getByRole('heading', { name: 'First commit' });
});
