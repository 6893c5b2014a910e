import { z } from 'zod';
import { ID_PATTERN } from './ids';

const id = z.string().regex(ID_PATTERN);
const text = z.string().trim().min(1);

const frameworkNode = z.object({ id, title: text, description: text }).strict();

/** course.yaml, as described in courses/README.md. Strict: a typo like `titel:` must not pass silently. */
export const courseSchema = z
  .object({
    id,
    version: text,
    language: text,
    title: text,
    subtitle: text.optional(),
    description: text,
    authors: z.array(z.object({ name: text, role: text.optional() }).strict()).min(1),
    credits: text.optional(),
    licence: text,
    minutes: z.number().int().positive(),
    framework: z
      .object({
        themes: z.array(frameworkNode.extend({ levers: z.array(frameworkNode).min(1) }).strict()).min(1),
        umbrella: frameworkNode,
      })
      .strict(),
    modules: z.array(text).min(1),
  })
  .strict();

export type CourseYaml = z.infer<typeof courseSchema>;

/** The front matter of a module file. */
export const frontMatterSchema = z
  .object({
    id,
    title: text,
    levers: z.array(text),
    minutes: z.number().int().positive(),
    goals: z.array(text).min(1),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
