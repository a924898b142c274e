import type { FactCategory } from '../case/schema';
import type { Band } from '../grading/score';
import type { ChecklistStatus, CommunicationDomain } from '../grading/schema';

// The words the feedback screen uses for the grading's codes.

export const CATEGORY_LABEL: Record<FactCategory, string> = {
  'presenting-complaint': 'Presenting complaint',
  hpi: 'History of the presenting complaint',
  pmh: 'Past medical history',
  meds: 'Medications',
  allergies: 'Allergies',
  family: 'Family history',
  social: 'Social history',
  sexual: 'Sexual history',
  ros: 'Review of systems',
  ice: 'Ideas, concerns and expectations',
};

export const STATUS_LABEL: Record<ChecklistStatus, string> = {
  met: 'Met',
  partial: 'Partly',
  missed: 'Missed',
  unverified: 'Not verified',
};

export const DOMAIN_LABEL: Record<CommunicationDomain, string> = {
  introduction: 'Introduction and consent',
  'open-questions': 'Open before closed questions',
  empathy: 'Empathy and response to emotion',
  ice: 'Ideas, concerns and expectations',
  jargon: 'Avoiding or explaining jargon',
  'signposting-summarising': 'Signposting and summarising',
  closing: 'Closing',
};

export const BAND_LABEL: Record<Band, string> = {
  excellent: 'Excellent',
  good: 'Good',
  borderline: 'Borderline',
  'needs work': 'Needs work',
};
