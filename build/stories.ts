import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { formatValidationErrors, STORY_LIMITS, validateStory } from '../src/lib/validate';
import type { Story } from '../src/lib/types';

/** Files in the data folder that are not stories. */
const NOT_STORIES = new Set(['schema.json']);

export interface StandpointConfig {
  /** Id of the story served at the site root (`dist/index.html`) and by the dev server. */
  defaultStory: string;
  /** Folder holding one JSON file per story, relative to the project root. */
  dataDir: string;
}

export function readConfig(root: string): StandpointConfig {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'standpoint.config.json'), 'utf8'));
  const config = raw as Partial<StandpointConfig>;
  if (typeof config.defaultStory !== 'string' || typeof config.dataDir !== 'string') {
    throw new Error('standpoint.config.json needs "defaultStory" and "dataDir" strings');
  }
  return { defaultStory: config.defaultStory, dataDir: config.dataDir };
}

export function storyFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.json') && !NOT_STORIES.has(name))
    .sort()
    .map((name) => join(dataDir, name));
}

/** Reads and validates one story file; the error list names the file and every JSON path. */
export function loadStoryFile(file: string, root: string): { story?: Story; errors: string[] } {
  const label = relative(root, file);
  const bytes = statSync(file).size;
  if (bytes > STORY_LIMITS.fileBytes) {
    return {
      errors: [
        `${label}: (root): file too large: ${bytes} bytes (at most ${STORY_LIMITS.fileBytes})`,
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { errors: [`${label}: (root): not valid JSON: ${(error as Error).message}`] };
  }
  const result = validateStory(data);
  if (!result.ok) return { errors: formatValidationErrors(label, result.errors).split('\n') };
  const expectedId = basename(file, '.json');
  if (result.story.id !== expectedId) {
    return {
      errors: [`${label}: id: "${result.story.id}" must match the file name "${expectedId}"`],
    };
  }
  return { story: result.story, errors: [] };
}

/** Loads every story, or throws one error listing every problem in every file. */
export function loadAllStories(root: string, config: StandpointConfig): Story[] {
  const stories: Story[] = [];
  const errors: string[] = [];
  for (const file of storyFiles(join(root, config.dataDir))) {
    const result = loadStoryFile(file, root);
    if (result.story) stories.push(result.story);
    errors.push(...result.errors);
  }
  if (errors.length === 0 && !stories.some((story) => story.id === config.defaultStory)) {
    errors.push(
      `standpoint.config.json: defaultStory: no story "${config.defaultStory}" in ${config.dataDir}/`,
    );
  }
  if (errors.length > 0) {
    throw new Error(
      `Standpoint: ${errors.length} problem(s) in the story data:\n${errors.join('\n')}`,
    );
  }
  return stories;
}
