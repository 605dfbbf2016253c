import type { FakeBot, FakeTeam } from '../types.ts';
import { Directory } from './directory.ts';
import { FileStore } from './files.ts';
import { IdFactory } from './ids.ts';
import { MessageStore } from './messages.ts';
import { ResponseUrlRegistry } from './response-urls.ts';
import { TriggerRegistry } from './triggers.ts';
import { ViewStore } from './views.ts';

/** Everything the fake workspace remembers between calls; handlers read and change it. */
export class Workspace {
  readonly ids: IdFactory;
  readonly directory: Directory;
  readonly messages = new MessageStore();
  readonly views: ViewStore;
  readonly files = new FileStore();
  readonly triggers: TriggerRegistry;
  readonly responseUrls: ResponseUrlRegistry;

  constructor(
    readonly team: FakeTeam,
    readonly bot: FakeBot,
    readonly now: () => number,
    triggerLifetimeMs: number,
  ) {
    this.ids = new IdFactory(now);
    this.directory = new Directory(team, bot);
    this.views = new ViewStore(this.ids, team, bot);
    this.triggers = new TriggerRegistry(now, triggerLifetimeMs);
    this.responseUrls = new ResponseUrlRegistry(now);
  }

  /** Forgets conversations, views, files, triggers and response URLs; keeps users and identity. */
  clear(): void {
    this.messages.clear();
    this.views.clear();
    this.files.clear();
    this.triggers.reset();
    this.responseUrls.clear();
  }
}
