import { useId, type ReactNode } from 'react';
import type { CaseFilter, FilterChoices } from './filter';
import { difficultyLabel, languageName, tagLabel } from '../ui/case-format';

// The search box and the three filters. Controlled: the list owns the filter.

interface CaseFiltersProps {
  filter: CaseFilter;
  choices: FilterChoices;
  onChange: (filter: CaseFilter) => void;
}

export function CaseFilters({ filter, choices, onChange }: CaseFiltersProps) {
  const id = useId();
  const update = (change: Partial<CaseFilter>) => onChange({ ...filter, ...change });
  return (
    <form role="search" aria-label="Filter cases" className="case-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field field-search">
        <label htmlFor={`${id}-query`}>Search cases</label>
        <input
          id={`${id}-query`}
          type="search"
          value={filter.query}
          placeholder="Words in the title"
          autoComplete="off"
          onChange={(event) => update({ query: event.target.value })}
        />
      </div>
      <FilterSelect id={`${id}-tag`} label="Tag" value={filter.tag} onChange={(tag) => update({ tag })}>
        <option value="">All tags</option>
        {choices.tags.map((tag) => (
          <option key={tag} value={tag}>
            {tagLabel(tag)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id={`${id}-difficulty`}
        label="Difficulty"
        value={filter.difficulty}
        onChange={(value) => update({ difficulty: choices.difficulties.find((d) => d === value) ?? '' })}
      >
        <option value="">All difficulties</option>
        {choices.difficulties.map((difficulty) => (
          <option key={difficulty} value={difficulty}>
            {difficultyLabel(difficulty)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id={`${id}-language`} label="Language" value={filter.language} onChange={(language) => update({ language })}>
        <option value="">All languages</option>
        {choices.languages.map((language) => (
          <option key={language} value={language}>
            {languageName(language)}
          </option>
        ))}
      </FilterSelect>
    </form>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function FilterSelect({ id, label, value, onChange, children }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
