import { useMemo } from 'react';
import { presetFor, type LlmSettings } from '../llm';
import { ApiKeyField } from './ApiKeyField';
import { BaseUrlField } from './BaseUrlField';
import { ModelFields } from './ModelFields';
import type { SettingsState } from './settings-store';
import { TemperatureField } from './TemperatureField';

// Everything a server provider needs: where it is, the key, the models and the temperature.

interface Props {
  settings: LlmSettings;
  lastModels: readonly string[];
  update: SettingsState['update'];
  forgetKey: SettingsState['forgetKey'];
}

export function ServerFields({ settings, lastModels, update, forgetKey }: Props) {
  const preset = presetFor(settings.provider);
  const choices = useMemo(() => [...new Set([...lastModels, ...preset.models])], [lastModels, preset.models]);
  return (
    <fieldset className="settings-server">
      <legend>Server</legend>
      <BaseUrlField value={settings.baseUrl} placeholder={preset.baseUrl} onChange={(baseUrl) => update({ baseUrl })} />
      <ApiKeyField
        apiKey={settings.apiKey}
        remember={settings.rememberKey}
        needed={preset.needsKey}
        placeholder={preset.keyPlaceholder}
        onKeyChange={(apiKey) => update({ apiKey })}
        onRememberChange={(rememberKey) => update({ rememberKey })}
        onForget={forgetKey}
      />
      <ModelFields patientModel={settings.patientModel} graderModel={settings.graderModel} choices={choices} onChange={update} />
      <TemperatureField value={settings.temperature} onChange={(temperature) => update({ temperature })} />
    </fieldset>
  );
}
