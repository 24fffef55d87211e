import type { TabSettings } from '../lib/messaging/protocol';
import { shown } from './format';
import { strings } from './strings';

interface Props {
  settings: TabSettings;
  onChange: (change: { siteEnabled?: boolean; markUnique?: boolean }) => void;
}

/** The two switches of the panel: Parallax on this site, and marking the paragraphs only this version has. */
export function SiteSettings({ settings, onChange }: Props) {
  if (!settings.site) return null;
  return (
    <section class="settings" aria-label={strings.settingsLabel}>
      <label class="switch">
        <input
          type="checkbox" role="switch" name="site-enabled" checked={settings.siteEnabled}
          onChange={(e) => onChange({ siteEnabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        {strings.siteSwitch(shown(settings.site))}
      </label>
      {settings.siteEnabled ? (
        <label class="switch">
          <input
            type="checkbox" role="switch" name="mark-unique" checked={settings.markUnique}
            onChange={(e) => onChange({ markUnique: (e.currentTarget as HTMLInputElement).checked })}
          />
          {strings.markUnique}
        </label>
      ) : null}
    </section>
  );
}
