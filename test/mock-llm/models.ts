import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerStatusFault, chooseFault, FAULT_MODEL_PREFIX, FAULTS, slowDelayMs, unknownFaultBody, type OnceKeys } from './faults';
import { errorBody, sendError, sleep } from './http';
import { sendBody } from './respond';

// GET /v1/models and /v1/models/{id}. Faults come from the header only here (there is no
// model in the request): status faults, and stall/slow/cut/bad-json on the body.

export const MODEL_IDS: readonly string[] = [
  'mock-patient',
  'mock-grader',
  ...FAULTS.map((fault) => `${FAULT_MODEL_PREFIX}${fault}`),
];

const CREATED = 1_700_000_000;
const model = (id: string) => ({ id, object: 'model', created: CREATED, owned_by: 'anamnesis-mock' });

export async function handleModels(
  req: IncomingMessage,
  res: ServerResponse,
  id: string | undefined,
  onceKeys: OnceKeys,
  signal: AbortSignal,
  requestId: string,
): Promise<void> {
  const choice = chooseFault(req, undefined);
  if ('unknown' in choice) return sendError(res, 400, unknownFaultBody(choice.unknown));
  const { fault } = choice;
  const failOnce = () => fault !== undefined && onceKeys.firstTime(req, fault, '');
  if (fault && answerStatusFault(res, fault, { model: id, failOnce })) return;

  if (id !== undefined && !MODEL_IDS.includes(id)) {
    return sendError(
      res,
      404,
      errorBody(`The model '${id}' does not exist`, 'invalid_request_error', 'model', 'model_not_found'),
    );
  }
  const body = id !== undefined ? model(id) : { object: 'list', data: MODEL_IDS.map(model) };
  if (fault === 'slow' && !(await sleep(slowDelayMs(req), signal))) return;
  await sendBody(res, JSON.stringify(body), fault, signal, requestId);
}
