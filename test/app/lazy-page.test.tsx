// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { lazyPage } from '../../src/app/lazy-page';

afterEach(cleanup);

function slowPage(text: string) {
  return lazyPage(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return () => <h2>{text}</h2>;
  });
}

it('says it is loading while the code loads, then shows the page, when navigated to', async () => {
  // The code arrives when the test says so, however slow the machine.
  let arrive: () => void = () => {};
  const page = lazyPage(async () => {
    await new Promise<void>((resolve) => (arrive = resolve));
    return () => <h2>Loaded page</h2>;
  });
  function Shell() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Open</button>
        {open && <page.Page />}
      </>
    );
  }
  render(<Shell />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Open' }));
  expect(screen.getByRole('status').textContent).toBe('Loading…');
  arrive();
  await screen.findByRole('heading', { name: 'Loaded page' }, { timeout: 2000 });
});

it('renders a preloaded page at once, without saying it is loading', async () => {
  const page = slowPage('Preloaded page');
  await page.preload();
  await act(async () => {
    render(<page.Page />);
  });
  screen.getByRole('heading', { name: 'Preloaded page' });
});

it('renders synchronously once preloaded: the first commit already holds the page', async () => {
  const page = slowPage('First commit');
  await page.preload();
  // Outside act: whatever is on screen right after render() is the first commit.
  render(<page.Page />);
  expect(screen.queryByText('Loading…')).toBeNull();
  screen.getByRole('heading', { name: 'First commit' });
});

it('says so when the code cannot be loaded, and tries again on the next visit', async () => {
  let attempts = 0;
  const page = lazyPage(async () => {
    attempts++;
    if (attempts === 1) throw new Error('network down');
    return () => <h2>Second try</h2>;
  });
  const first = render(<page.Page />);
  expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
  first.unmount();
  render(<page.Page />);
  await screen.findByRole('heading', { name: 'Second try' });
});
