import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// The student's name, asked once before the first interview and editable after. Small, so
// it lives in localStorage; sessions keep their own copy.

interface StudentState {
  name: string;
  setName(name: string): void;
}

export const useStudent = create<StudentState>()(
  persist((set) => ({ name: '', setName: (name) => set({ name: name.trim() }) }), {
    name: 'anamnesis.student',
    version: 1,
  }),
);
