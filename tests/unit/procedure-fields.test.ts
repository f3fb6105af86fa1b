/**
 * A procedure's fields by one Chinese name each: the name the page, the handbook and the comparison of editions show
 * is the name an editor's message uses for the same field (the schema's labels, src/schemas/procedure.ts).
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_FIELDS as COMPARED } from '../../src/lib/editions/compare.ts';
import { PROCEDURE_FIELDS } from '../../src/lib/procedure-fields.ts';
import type { SchemaContext } from '../../src/schemas/context.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';

const context = {
  reference: () => z.object({ collection: z.string(), id: z.string() }),
  image: () => z.unknown(),
} as unknown as SchemaContext;

describe('PROCEDURE_FIELDS', () => {
  it('names only fields a procedure has', () => {
    const shape = procedureSchema(context).shape;
    for (const field of Object.keys(PROCEDURE_FIELDS)) expect(Object.keys(shape), field).toContain(field);
  });

  it('are the names an editor is told when a required field is missing', () => {
    const result = procedureSchema(context).safeParse({});
    const missing = new Map(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    const required = Object.keys(PROCEDURE_FIELDS).filter((field) => missing.has(field));
    expect(required).toEqual(expect.arrayContaining(['title', 'summary', 'responsible', 'basis']));
    for (const field of required)
      expect(missing.get(field), field).toContain(`「${PROCEDURE_FIELDS[field as keyof typeof PROCEDURE_FIELDS]}」`);
  });

  it('are the names the comparison of editions shows', () => {
    expect(COMPARED).toBe(PROCEDURE_FIELDS);
  });
});
