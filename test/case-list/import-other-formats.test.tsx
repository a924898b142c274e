// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createBrowserServices } from '../../src/app/services';
import '../support/blob-text';

// Case files from other tools through the Cases screen's import: converted, checked like
// cases:check, stored; a record that cannot become a case is reported with its line.

afterEach(cleanup);

const corpus = join(import.meta.dirname, '../fixtures/corpus');

const picked = (name: string, text: string) => new File([text], name);

it('imports a VSP case file and AgentClinic records, and reports a broken record by its line', async () => {
  window.location.hash = '';
  await act(async () => {
    render(<App services={createBrowserServices()} />);
  });
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(11), { timeout: 3000 });

  const firstTwo = readFileSync(join(corpus, 'agentclinic/agentclinic_medqa.jsonl'), 'utf8').split('\n').slice(0, 2).join('\n');
  await userEvent.setup().upload(screen.getByLabelText('Import case files'), [
    picked('davis.txt', readFileSync(join(corpus, 'vsp/davis.txt'), 'utf8')),
    picked('two.jsonl', `${firstTwo}\n{"OSCE_Examination": 7}\n`),
  ]);

  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(14), { timeout: 20_000 });
  screen.getByText(/two\.jsonl:3/);
  expect(screen.getAllByText('Stored in this browser')).toHaveLength(3);
}, 30_000);
