import type { ExtractedEvent, ExtractedObservation } from '../model/types';

export interface Adapter {
  id: string;
  matches: string[];
  extract(doc: Document, url: URL): { observations: ExtractedObservation[]; events: ExtractedEvent[] };
}
