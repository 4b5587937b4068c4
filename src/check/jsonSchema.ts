// JSON Schemas generated from the zod schemas, so editors can check flow files as they are typed.
import { z } from 'zod';
import {
  ActionsFileSchema,
  ContactLogContentSchema,
  FlowSchema,
  LendersFileSchema,
  PhonesFileSchema,
  SourcesFileSchema,
  UiTextSchema,
  VerdictsFileSchema,
} from '../flow/schema.ts';
import { SituationsFileSchema } from '../flow/situations.ts';

/** File name under flows/schema/ → its JSON Schema, as pretty-printed text. */
export function generateJsonSchemas(): Record<string, string> {
  const entries = {
    'flow.schema.json': FlowSchema,
    'sources.schema.json': SourcesFileSchema,
    'phones.schema.json': PhonesFileSchema,
    'actions.schema.json': ActionsFileSchema,
    'verdicts.schema.json': VerdictsFileSchema,
    'contact-log.schema.json': ContactLogContentSchema,
    'ui.schema.json': UiTextSchema,
    'lenders.schema.json': LendersFileSchema,
    'situations.schema.json': SituationsFileSchema,
  };
  return Object.fromEntries(
    Object.entries(entries).map(([name, schema]) => [
      name,
      `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), null, 2)}\n`,
    ]),
  );
}
