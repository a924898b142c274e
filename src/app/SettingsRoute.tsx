// The settings page arrives with the settings feature; until then it explains the default.
export function SettingsRoute() {
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <p>The built-in patient works offline, with no key and no server.</p>
    </section>
  );
}
