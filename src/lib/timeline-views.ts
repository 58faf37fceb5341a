/** The filtered views of the timeline, each a static page so filtering works without JavaScript. */
import type { TimelineFilter } from './timeline.ts';

export interface TimelineView {
  id: string;
  label: string;
  filter: TimelineFilter;
}

export const timelineViews: readonly TimelineView[] = [
  { id: 'all', label: 'Everything', filter: {} },
  { id: 'resolutions', label: 'Resolutions', filter: { kinds: ['resolution'] } },
  { id: 'development', label: 'Development series', filter: { kinds: ['resolution'], series: 'development' } },
  { id: 'cooperation', label: 'Cooperation series', filter: { kinds: ['resolution'], series: 'cooperation' } },
  { id: 'related', label: 'Other China-led resolutions', filter: { kinds: ['resolution'], series: 'related' } },
  { id: 'follow-up', label: 'What the resolutions set in motion', filter: { kinds: ['follow-up'] } },
  { id: 'source-texts', label: 'Source texts', filter: { kinds: ['source-text'] } },
  { id: 'sessions', label: 'Sessions', filter: { kinds: ['session'] } },
  { id: 'events', label: 'Context events', filter: { kinds: ['event'] } },
];
