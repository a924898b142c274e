import type { ChecklistItem } from '../../schema';
import type { DraftFact, FactGroup } from './facts';

// AgentClinic has no checklist: one is generated from the facts, an item per part of the
// history the case has facts for. Cases carry the tag `generated-checklist` to say so.

interface ItemSpec {
  id: string;
  text: string;
  category: ChecklistItem['category'];
  groups: FactGroup[];
  points: number;
  critical?: boolean;
}

const ITEMS: ItemSpec[] = [
  { id: 'ask-presenting-complaint', text: 'Asks about the presenting complaint', category: 'presenting-complaint', groups: ['complaint'], points: 2, critical: true },
  { id: 'ask-onset-course', text: 'Establishes the onset, duration and course of the symptoms', category: 'hpi', groups: ['onset'], points: 2 },
  { id: 'ask-history', text: 'Explores the history of the presenting complaint', category: 'hpi', groups: ['history'], points: 1 },
  { id: 'ask-associated', text: 'Asks about associated symptoms', category: 'hpi', groups: ['associated'], points: 2 },
  { id: 'ask-pmh', text: 'Asks about past medical history', category: 'pmh', groups: ['pmh'], points: 1 },
  { id: 'ask-meds', text: 'Takes a medication history', category: 'meds', groups: ['meds'], points: 1 },
  { id: 'ask-allergies', text: 'Asks about allergies', category: 'allergies', groups: ['allergies'], points: 1 },
  { id: 'ask-social', text: 'Takes a social history (smoking, alcohol, drugs, work, home)', category: 'social', groups: ['social'], points: 1 },
  { id: 'ask-family', text: 'Asks about family history', category: 'family', groups: ['family'], points: 1 },
  { id: 'ask-ros', text: 'Reviews the other systems', category: 'ros', groups: ['ros'], points: 1 },
];

export function generateChecklist(facts: readonly DraftFact[]): ChecklistItem[] {
  return ITEMS.flatMap((spec) => {
    const ids = facts.filter((fact) => spec.groups.includes(fact.group)).map((fact) => fact.id);
    if (ids.length === 0) return [];
    return [{ id: spec.id, text: spec.text, category: spec.category, facts: ids, points: spec.points, critical: spec.critical ?? false }];
  });
}
