import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// The reviewer's name, stamped on every decision, comment and sign-off. Asked once and kept
// in localStorage like the student's; each review keeps its own copy.

interface ReviewerState {
  name: string;
  setName(name: string): void;
}

export const useReviewer = create<ReviewerState>()(
  persist((set) => ({ name: '', setName: (name) => set({ name }) }), {
    name: 'anamnesis.reviewer',
    version: 1,
  }),
);
